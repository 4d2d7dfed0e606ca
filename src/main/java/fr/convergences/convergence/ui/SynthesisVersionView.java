package fr.convergences.convergence.ui;

import com.vaadin.flow.router.Route;
import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentService;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;

/** A published version of a consultation's synthesis at its stable address ({@link PublishedSynthesisView}). */
@Route("consultations/:id/synthese/:number")
@Prototype
public class SynthesisVersionView extends PublishedSynthesisView {

    private final SynthesisDocumentService documents;

    public SynthesisVersionView(SynthesisDocumentService documents) {
        this.documents = documents;
    }

    @Override
    SynthesisDocument version(long consultationId, int number, Locale locale) {
        return documents.version(consultationId, number, locale);
    }

    @Override
    String downloads(long consultationId, int number) {
        return "/api/consultations/" + consultationId + "/synthese/" + number;
    }

    @Override
    String versionsPage(long consultationId) {
        return "consultations/" + consultationId + "/synthese";
    }

    @Override
    String idPrefix() {
        return "synthesis";
    }
}
