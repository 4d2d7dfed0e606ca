package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.convergences.base.UserFacingException;
import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentMarkdown;
import java.util.Locale;

/**
 * A published synthesis version at its stable address, whatever its source (a council's consultation, a regional
 * synthesis): the document as the public reads it now (a contribution hidden since is neither quoted nor counted),
 * what changed since the version before, and its downloads. Each source is a subclass with its route.
 */
abstract class PublishedSynthesisView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private String title = "";

    PublishedSynthesisView() {
        addClassName("prose");
    }

    /** The version as the public reads it now; an unknown one is refused as unknown. */
    abstract SynthesisDocument version(long id, int number, Locale locale);

    /** Where its downloads are, without the extension: {@code /api/...}. */
    abstract String downloads(long id, int number);

    /** The page listing the source's versions. */
    abstract String versionsPage(long id);

    /** The start of the page's element ids, which the source's tests and readers know. */
    abstract String idPrefix();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        int number = event.getRouteParameters().getInteger("number").orElse(-1);
        SynthesisDocument document;
        try {
            document = version(id, number, getLocale());
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            title = getTranslation(refusal.messageKey(), refusal.arguments());
            add(new H1(title));
            return;
        }
        title = document.title();
        Paragraph version = new Paragraph(getTranslation(
                "synthesis.version.line", number, SynthesisDocumentMarkdown.date(document, getLocale())));
        version.setId(idPrefix() + "-version");
        String api = downloads(id, number);
        Anchor markdown = new Anchor(api + ".md", getTranslation("synthesis.download.markdown"));
        markdown.setId(idPrefix() + "-version-markdown");
        Anchor pdf = new Anchor(api + ".pdf", getTranslation("synthesis.download.pdf"));
        Anchor json = new Anchor(api + ".json", getTranslation("synthesis.download.json"));
        add(
                new Anchor(versionsPage(id), getTranslation("synthesis.versions")),
                new H1(document.title()),
                new Paragraph(document.council() + " — " + document.consultation()),
                version,
                new Paragraph(markdown),
                new Paragraph(pdf),
                new Paragraph(json),
                new SynthesisDocumentPanel(document));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
