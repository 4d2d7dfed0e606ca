package fr.convergences.convergence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.contribution.ContributionPageSection;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.ConvergenceStatus;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.util.Optional;

/** On a contribution's page: the convergence it belongs to (a confirmed one for everyone, a proposed one for curators). */
@Singleton
class ContributionConvergenceSection implements ContributionPageSection {

    private final ConvergenceService convergences;

    ContributionConvergenceSection(ConvergenceService convergences) {
        this.convergences = convergences;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> section(long contributionId, Actor viewer) {
        return convergences.convergenceOf(viewer, contributionId).map(belonging -> {
            Paragraph line = new Paragraph();
            line.setId("contribution-convergence");
            Anchor link = new Anchor("convergences/" + belonging.convergenceId(), belonging.label());
            line.add(
                    new com.vaadin.flow.component.html.Span(line.getTranslation(
                                    belonging.status() == ConvergenceStatus.CONFIRMED
                                            ? "convergence.ofContribution"
                                            : "convergence.ofContribution.proposed")
                            + " "),
                    link);
            return line;
        });
    }
}
