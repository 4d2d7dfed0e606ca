package fr.convergences.convergence;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * Probable duplicates that a moderator merges: two nearly identical contributions (the same leaflet typed in twice, a
 * row imported twice, one person posting twice a minute apart) become one counted voice in every convergence, quote
 * count and synthesis figure. Both contributions stay, linked (the later one is the duplicate of the earlier); nothing
 * is hidden from their authors. Audit-logged, and undone by unmerging.
 */
@Singleton
public class DuplicateService {

    private final DuplicateStore store;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public DuplicateService(
            DuplicateStore store,
            ConsultationService consultations,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Merges two probable duplicates into one voice; the later contribution becomes the duplicate of the earlier one.
     * Refused, changing nothing, unless both are of one consultation and nearly the same text, and neither is already
     * merged as the other's duplicate. Returns the duplicate's id (what undoing needs).
     */
    @Transactional
    public long merge(Actor actor, long first, long second) {
        DuplicateStore.Text a =
                store.text(first).orElseThrow(() -> new UserFacingException("convergence.duplicate.invalid"));
        DuplicateStore.Text b =
                store.text(second).orElseThrow(() -> new UserFacingException("convergence.duplicate.invalid"));
        long councilId = consultations.councilOf(a.consultationId());
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        if (first == second
                || a.consultationId() != b.consultationId()
                || !DistinctVoices.nearlySame(a.text(), b.text())) {
            throw new UserFacingException("convergence.duplicate.invalid");
        }
        long kept = Math.min(first, second);
        long duplicate = Math.max(first, second);
        if (store.keptFor(duplicate).isPresent()
                || store.keptFor(kept).filter(id -> id == duplicate).isPresent()) {
            throw new UserFacingException("convergence.duplicate.already");
        }
        store.merge(kept, duplicate, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(
                actor,
                councilId,
                "convergence.duplicate.merge",
                "contribution",
                String.valueOf(duplicate),
                Map.of(),
                Map.of("keptContribution", kept)));
        return duplicate;
    }

    /** Undoes a duplicate merge: the two contributions count as the voices their sources say again. */
    @Transactional
    public void unmerge(Actor actor, long duplicateId) {
        DuplicateStore.Text duplicate =
                store.text(duplicateId).orElseThrow(() -> new UserFacingException("convergence.duplicate.invalid"));
        long councilId = consultations.councilOf(duplicate.consultationId());
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        long kept = store.keptFor(duplicateId).orElseThrow(() -> new UserFacingException("convergence.undo.changed"));
        store.unmerge(duplicateId);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "convergence.duplicate.unmerge",
                "contribution",
                String.valueOf(duplicateId),
                Map.of("keptContribution", kept),
                Map.of()));
    }
}
