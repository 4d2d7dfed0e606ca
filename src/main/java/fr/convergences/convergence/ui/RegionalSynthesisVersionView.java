package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentMarkdown;
import io.micronaut.context.annotation.Prototype;

/**
 * A published regional synthesis version at its stable address: the document as the public reads it now (a
 * contribution hidden since is neither quoted nor counted), what changed since the version before, and its downloads.
 */
@Route("syntheses/regionales/:id/v/:number")
@Prototype
public class RegionalSynthesisVersionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegionalSynthesisService regional;
    private String title = "";

    public RegionalSynthesisVersionView(RegionalSynthesisService regional) {
        this.regional = regional;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        int number = event.getRouteParameters().getInteger("number").orElse(-1);
        SynthesisDocument document = regional.version(id, number, getLocale()); // unknown: the refusal page answers 404
        title = document.title();
        Paragraph version = new Paragraph(getTranslation("synthesis.version.line", number, SynthesisDocumentMarkdown.date(document, getLocale())));
        version.setId("regional-version");
        String api = "/api/syntheses/regionales/" + id + "/v/" + number;
        Anchor markdown = new Anchor(api + ".md", getTranslation("synthesis.download.markdown"));
        markdown.setId("regional-version-markdown");
        Anchor pdf = new Anchor(api + ".pdf", getTranslation("synthesis.download.pdf"));
        Anchor json = new Anchor(api + ".json", getTranslation("synthesis.download.json"));
        add(new Anchor("syntheses/regionales/" + id, getTranslation("synthesis.versions")), new H1(document.title()),
                new Paragraph(document.council() + " — " + document.consultation()), version, new Paragraph(markdown), new Paragraph(pdf),
                new Paragraph(json), new SynthesisDocumentPanel(document));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
