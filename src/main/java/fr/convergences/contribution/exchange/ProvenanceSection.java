package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.convergences.base.i18n.Messages;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ContributionPageSection;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;

/**
 * On an imported contribution's page: "Importée de decidim.example le 4 mars 2026", its reference, the supports and
 * comments it had there (they are not mixed with those given here), and a link to it there.
 */
@Singleton
class ProvenanceSection implements ContributionPageSection {

    private final ContributionImportService imports;
    private final ConsultationService consultations;

    ProvenanceSection(ContributionImportService imports, ConsultationService consultations) {
        this.imports = imports;
        this.consultations = consultations;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> section(long contributionId, Actor viewer) {
        return imports.provenance(contributionId).map(provenance -> {
            Paragraph line = new Paragraph();
            line.setId("contribution-provenance");
            // The day it was imported, in the territory's own time zone.
            LocalDate day = LocalDate.ofInstant(
                    provenance.importedAt(),
                    consultations.details(provenance.consultationId()).zone());
            String when = Messages.day(
                    day,
                    UI.getCurrent() == null ? Messages.FRENCH : UI.getCurrent().getLocale());
            line.add(new Span(
                    provenance.platformKnown()
                            ? line.getTranslation("exchange.provenance.from", provenance.platform(), when)
                            : line.getTranslation("exchange.provenance.file", when)));
            if (provenance.externalId() != null) {
                line.add(new Span(
                        " · " + line.getTranslation("exchange.provenance.reference", provenance.externalId())));
            }
            if (provenance.supports() != null) {
                line.add(new Span(" · " + line.getTranslation("exchange.provenance.supports", provenance.supports())));
            }
            if (provenance.comments() != null) {
                line.add(new Span(" · " + line.getTranslation("exchange.provenance.comments", provenance.comments())));
            }
            if (provenance.externalUrl() != null) {
                // Only http(s) addresses were accepted at import; rel=noopener keeps the other site away from this
                // page.
                Anchor link = new Anchor(provenance.externalUrl(), line.getTranslation("exchange.provenance.link"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                link.setId("contribution-provenance-link");
                line.add(new Span(" · "), link);
            }
            return line;
        });
    }
}
