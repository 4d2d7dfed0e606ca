package fr.convergences.convergence.ui;

import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentMarkdown;
import fr.convergences.convergence.SynthesisDocumentService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import io.micronaut.context.annotation.Prototype;

/** A published synthesis version at its stable address: the document as the public reads it now, and its downloads. */
@Route("consultations/:id/synthese/:number")
@Prototype
public class SynthesisVersionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SynthesisDocumentService documents;
    private String title = "";

    public SynthesisVersionView(SynthesisDocumentService documents) {
        this.documents = documents;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long consultationId = event.getRouteParameters().getLong("id").orElse(-1L);
        int number = event.getRouteParameters().getInteger("number").orElse(-1);
        SynthesisDocument document;
        try {
            document = documents.version(consultationId, number, getLocale());
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            title = getTranslation(refusal.messageKey(), refusal.arguments());
            add(new H1(title));
            return;
        }
        title = document.title();
        Paragraph version = new Paragraph(getTranslation("synthesis.version.line", number, SynthesisDocumentMarkdown.date(document, getLocale())));
        version.setId("synthesis-version");
        String api = "/api/consultations/" + consultationId + "/synthese/" + number;
        Anchor markdown = new Anchor(api + ".md", getTranslation("synthesis.download.markdown"));
        markdown.setId("synthesis-version-markdown");
        Anchor pdf = new Anchor(api + ".pdf", getTranslation("synthesis.download.pdf"));
        Anchor json = new Anchor(api + ".json", getTranslation("synthesis.download.json"));
        add(new Anchor("consultations/" + consultationId + "/synthese", getTranslation("synthesis.versions")), new H1(document.title()),
                new Paragraph(document.council() + " — " + document.consultation()), version, new Paragraph(markdown), new Paragraph(pdf),
                new Paragraph(json), new SynthesisDocumentPanel(document));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
