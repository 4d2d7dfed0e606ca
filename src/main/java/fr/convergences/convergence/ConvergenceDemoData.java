package fr.convergences.convergence;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The demo consultation's convergences: computed once, the five with the most distinct sources confirmed, so that the
 * public page and the synthesis have something to show; the others stay proposed for the demo moderator to curate.
 */
@Singleton
public class ConvergenceDemoData implements DemoData {

    static final String DEMO_CONSULTATION = "Diagnostic territorial de santé de l’Essonne";
    private static final int CONFIRMED = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConvergenceDemoData.class);

    private final ConvergenceService convergences;
    private final ConsultationService consultations;
    private final StoredConvergenceRepository stored;
    private final AccountRepository accounts;

    public ConvergenceDemoData(
            ConvergenceService convergences,
            ConsultationService consultations,
            StoredConvergenceRepository stored,
            AccountRepository accounts) {
        this.convergences = convergences;
        this.consultations = consultations;
        this.stored = stored;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 450;
    }

    /** In the background: the engine takes a few seconds, which the platform's start should not wait for. */
    @Override
    public void load() {
        Thread.ofVirtual().name("demo-convergences").start(this::computeAndConfirm);
    }

    void computeAndConfirm() {
        Consultation consultation = consultations.all().stream()
                .filter(candidate -> DEMO_CONSULTATION.equals(candidate.title()))
                .findFirst()
                .orElse(null);
        if (consultation == null) {
            return; // no demo consultation
        }
        long consultationId = StoredId.of(consultation.id());
        if (stored.countByConsultationId(consultationId) > 0) {
            return; // loaded by an earlier start
        }
        Actor moderator = Actor.account(StoredId.of(accounts.findByEmailIgnoringCase("moderation@demo.convergences.fr")
                .orElseThrow()
                .id()));
        convergences.compute(moderator, consultationId);
        LOG.info("Demo mode: convergences of the demo consultation computed");
        stored.listForConsultation(consultationId, List.of(ConvergenceStatus.PROPOSED.name())).stream()
                .limit(CONFIRMED)
                .forEach(convergence -> convergences.confirm(moderator, convergence.storedId()));
    }
}
