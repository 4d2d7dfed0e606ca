package fr.convergences.project;

import fr.convergences.convergence.ConvergenceFixture;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.testing.TestPlatform;
import java.util.Map;

/**
 * A projet's council ({@link ProjectFixture}) with a consultation ({@link ConvergenceFixture}) whose synthesis is
 * published with one confirmed convergence, the doctors' ({@link #NEED}): what a diagnostic is built from.
 */
final class DiagnosticFixture {

    static final String NEED = "Des médecins près de chez soi";

    final ProjectFixture project;
    final ConvergenceFixture consultation;
    final long convergence;

    DiagnosticFixture(TestPlatform platform) {
        project = new ProjectFixture(platform);
        consultation = new ConvergenceFixture(platform, project.councilId());
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(consultation.moderator, consultation.consultation);
        convergence = convergences.list(consultation.moderator, consultation.consultation, 3).stream()
                .filter(view ->
                        view.members().stream().anyMatch(m -> m.contributionId() == consultation.doctors.getFirst()))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
        convergences.rename(consultation.moderator, convergence, NEED);
        convergences.confirm(consultation.moderator, convergence);
        SynthesisDocumentService syntheses = platform.bean(SynthesisDocumentService.class);
        syntheses.saveDraft(
                consultation.moderator,
                consultation.consultation,
                new SynthesisDocumentService.Draft("Synthèse", "", Map.of()));
        syntheses.publish(consultation.moderator, consultation.consultation);
    }

    String slug() {
        return project.council.council.slug();
    }
}
