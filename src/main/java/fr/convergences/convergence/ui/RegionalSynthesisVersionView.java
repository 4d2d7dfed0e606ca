package fr.convergences.convergence.ui;

import com.vaadin.flow.router.Route;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.convergence.SynthesisDocument;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;

/** A published version of a regional synthesis at its stable address ({@link PublishedSynthesisView}). */
@Route("syntheses/regionales/:id/v/:number")
@Prototype
public class RegionalSynthesisVersionView extends PublishedSynthesisView {

    private final RegionalSynthesisService regional;

    public RegionalSynthesisVersionView(RegionalSynthesisService regional) {
        this.regional = regional;
    }

    @Override
    SynthesisDocument version(long id, int number, Locale locale) {
        return regional.version(id, number, locale);
    }

    @Override
    String downloads(long id, int number) {
        return "/api/syntheses/regionales/" + id + "/v/" + number;
    }

    @Override
    String versionsPage(long id) {
        return "syntheses/regionales/" + id;
    }

    @Override
    String idPrefix() {
        return "regional";
    }
}
