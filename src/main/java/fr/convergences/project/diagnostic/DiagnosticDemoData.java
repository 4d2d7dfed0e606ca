package fr.convergences.project.diagnostic;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.project.ProjectDemoData;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo council's diagnostic territorial: the demo consultation's synthesis published, the diagnostic built from it,
 * given figures per commune and two priority communes, adopted by a délibération and published. The convergences it is
 * built from are computed in the background after the start ({@code ConvergenceDemoData}), so this waits for them in
 * the background too, and the platform's start waits for neither.
 */
@Singleton
public class DiagnosticDemoData implements DemoData {

    /** The demo consultation, as the contribution demo data names it. */
    private static final String DEMO_CONSULTATION = "Diagnostic territorial de santé de l’Essonne";

    private static final String COUNCIL = "cts-essonne";
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiagnosticDemoData.class);

    private final DiagnosticService diagnostics;
    private final SynthesisDocumentService syntheses;
    private final ConvergenceService convergences;
    private final ConsultationService consultations;
    private final ProjectDemoData projectDemo;
    private final AccountRepository accounts;

    public DiagnosticDemoData(
            DiagnosticService diagnostics,
            SynthesisDocumentService syntheses,
            ConvergenceService convergences,
            ConsultationService consultations,
            ProjectDemoData projectDemo,
            AccountRepository accounts) {
        this.diagnostics = diagnostics;
        this.syntheses = syntheses;
        this.convergences = convergences;
        this.consultations = consultations;
        this.projectDemo = projectDemo;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 750;
    }

    @Override
    @Transactional(readOnly = true)
    public void load() {
        Optional<Actor> admin = account("admin@demo.convergences.fr");
        Optional<Actor> moderator = account("moderation@demo.convergences.fr");
        Consultation consultation = consultations.all().stream()
                .filter(candidate -> DEMO_CONSULTATION.equals(candidate.title()))
                .findFirst()
                .orElse(null);
        if (admin.isEmpty()
                || moderator.isEmpty()
                || consultation == null
                || !diagnostics.page(admin.get(), COUNCIL, null).isEmpty()) {
            return; // no demo council, or its diagnostic loaded by an earlier start
        }
        Thread.ofVirtual().name("demo-diagnostic").start(() -> {
            try {
                if (awaitConvergences(StoredId.of(consultation.id()))) {
                    publish(admin.get(), moderator.get(), consultation);
                    LOG.info("Demo mode: diagnostic territorial published");
                } else {
                    LOG.warn("Demo mode: no confirmed convergence after {}; the demo has no diagnostic", PATIENCE);
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failure) {
                LOG.warn("Demo mode: the demo diagnostic could not be built", failure);
            }
        });
    }

    /** True once the confirmed convergences are there and their number held still for one poll (they are confirmed one by one). */
    private boolean awaitConvergences(long consultationId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            int now = convergences.confirmed(consultationId).size();
            if (now > 0 && now == seen) {
                return true;
            }
            seen = now;
            Thread.sleep(POLL);
        }
        return false;
    }

    private void publish(Actor admin, Actor moderator, Consultation consultation) {
        long consultationId = StoredId.of(consultation.id());
        if (syntheses.versions(consultationId).isEmpty()) {
            syntheses.saveDraft(
                    moderator,
                    consultationId,
                    new SynthesisDocumentService.Draft(
                            "Synthèse des besoins de santé de l’Essonne",
                            "Ce que les habitants, les associations et les professionnels ont dit pendant la concertation, rassemblé par besoin.",
                            Map.of()));
            syntheses.publish(moderator, consultationId);
        }
        long council = consultation.councilId();
        long diagnosticId = diagnostics
                .open(
                        admin,
                        council,
                        consultationId,
                        "Diagnostic territorial de santé de l’Essonne",
                        "Ce diagnostic rassemble les besoins que les habitants ont exprimés pendant la concertation et les données de chaque "
                                + "commune. Il fonde le **projet territorial de santé**.")
                .storedId();
        diagnostics.build(admin, diagnosticId);
        List<String> communes =
                new ArrayList<>(consultations.territoryCommunes(council).keySet());
        importFigures(admin, diagnosticId, communes);
        for (String code : communes.subList(Math.max(0, communes.size() - 2), communes.size())) {
            diagnostics.flagCommune(
                    admin,
                    diagnosticId,
                    code,
                    "Peu de médecins généralistes installés et une population âgée : les habitants disent attendre des mois un rendez-vous.");
        }
        diagnostics.adopt(
                admin,
                diagnosticId,
                projectDemo.adoptedDeliberation(
                        admin,
                        council,
                        "Délibération : adoption du diagnostic territorial de santé de l’Essonne",
                        "Le conseil territorial de santé de l’Essonne adopte le diagnostic territorial de santé issu de la concertation.",
                        "Le diagnostic reconnaît les besoins que la synthèse de la concertation a rassemblés."));
        diagnostics.publish(admin, diagnosticId);
    }

    /** Figures for the demo only, said so in their name and source: they are not real data. */
    private void importFigures(Actor admin, long diagnosticId, List<String> communes) {
        StringBuilder csv = new StringBuilder("insee;Médecins généralistes pour 10 000 habitants (démonstration)\n");
        for (int i = 0; i < communes.size(); i++) {
            csv.append(communes.get(i))
                    .append(';')
                    .append(9 - (i * 7) % 6)
                    .append(",")
                    .append((i * 3) % 10)
                    .append('\n');
        }
        try {
            Path file = Files.createTempFile("demo-figures-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                diagnostics.importFigures(
                        admin, diagnosticId, file, "figures-demo.csv", "Données de démonstration, non réelles");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Actor> account(String email) {
        return accounts.findByEmailIgnoringCase(email).map(account -> Actor.account(StoredId.of(account.id())));
    }
}
