package fr.convergences.convergence;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.ConvergenceEngine;
import fr.convergences.convergence.engine.Document;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Convergences of a consultation: found by the engine, then curated by moderators, who rename, merge, split, confirm
 * or dismiss them. Confirmed convergences survive a new computation (their members are not clustered again); a
 * dismissed group is not proposed again. Every curation decision is audit-logged.
 */
@Singleton
public class ConvergenceService {

    /** A proposed group sharing this much of a dismissed one's members is the same group proposed again. */
    static final double SAME_GROUP = 0.5;

    private final StoredConvergenceRepository convergences;
    private final ConvergenceStore store;
    private final ConvergenceEngine engine;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public ConvergenceService(StoredConvergenceRepository convergences, ConvergenceStore store, ConvergenceEngine engine,
                              ConsultationService consultations, Permissions permissions, AuditTrail audit, Clock clock) {
        this.convergences = convergences;
        this.store = store;
        this.engine = engine;
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs the engine on the consultation's contributions that no confirmed convergence holds; replaces the proposed ones. */
    @Transactional
    public int compute(Actor actor, long consultationId) {
        long councilId = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        Set<Long> confirmed = store.membersWithStatus(consultationId, ConvergenceStatus.CONFIRMED);
        Map<String, String> editedLabels = new java.util.HashMap<>();
        convergences.findByConsultationIdAndStatus(consultationId, ConvergenceStatus.PROPOSED).stream()
                .filter(StoredConvergence::labelEdited).forEach(old -> editedLabels.put(old.engineKey(), old.label()));
        store.deleteProposed(consultationId);
        List<Document> documents = store.documents(consultationId, confirmed);
        Clustering clustering = engine.cluster(documents);
        List<Set<Long>> dismissed = store.dismissedGroups(consultationId);
        Instant now = clock.instant();
        int proposed = 0;
        for (Convergence found : clustering.convergences()) {
            List<Long> members = found.members().stream().map(Long::valueOf).toList();
            if (dismissed.stream().anyMatch(group -> overlap(group, members) >= SAME_GROUP)) {
                continue;
            }
            StoredConvergence saved = convergences.save(new StoredConvergence(null, consultationId, found.id(),
                    editedLabels.getOrDefault(found.id(), label(found.label())), editedLabels.containsKey(found.id()),
                    String.join(", ", found.terms()), ConvergenceStatus.PROPOSED, found.score(), found.sources(), 0, 0, 0, now, null, null, null));
            store.replaceMembers(saved.id(), members);
            store.refreshFigures(saved.id());
            proposed++;
        }
        audit.record(new AuditEvent(actor, councilId, "convergence.compute", "consultation", String.valueOf(consultationId), Map.of(),
                Map.of("contributions", documents.size(), "proposed", proposed, "confirmedKept", confirmed.size())));
        return proposed;
    }

    @Transactional
    public StoredConvergence rename(Actor actor, long convergenceId, String label) {
        StoredConvergence convergence = curated(actor, convergenceId);
        String clean = TextInput.required(label, StoredConvergence.LABEL_MAX_LENGTH, "convergence.label");
        record(actor, convergence, "convergence.rename", Map.of("label", convergence.label()), Map.of("label", clean));
        return convergences.update(convergence.withLabel(clean));
    }

    @Transactional
    public StoredConvergence confirm(Actor actor, long convergenceId) {
        return decide(actor, convergenceId, ConvergenceStatus.CONFIRMED, "convergence.confirm");
    }

    @Transactional
    public StoredConvergence dismiss(Actor actor, long convergenceId) {
        StoredConvergence dismissed = decide(actor, convergenceId, ConvergenceStatus.DISMISSED, "convergence.dismiss");
        store.dismiss(convergenceId);
        return dismissed;
    }

    /** Moves the other convergence's members into this one (after its own); the other disappears. */
    @Transactional
    public StoredConvergence merge(Actor actor, long convergenceId, long otherId) {
        StoredConvergence kept = curated(actor, convergenceId);
        StoredConvergence absorbed = curated(actor, otherId);
        if (kept.id().equals(absorbed.id()) || !kept.consultationId().equals(absorbed.consultationId())) {
            throw new UserFacingException("convergence.merge.invalid");
        }
        Set<Long> members = new LinkedHashSet<>(store.members(convergenceId));
        members.addAll(store.members(otherId));
        convergences.delete(absorbed);
        store.replaceMembers(convergenceId, List.copyOf(members));
        store.refreshFigures(convergenceId);
        record(actor, kept, "convergence.merge", Map.of("absorbed", otherId), Map.of("members", members.size()));
        return convergences.findById(convergenceId).orElseThrow();
    }

    /** Moves some members into a new proposed convergence, to be renamed; both keep at least one member. */
    @Transactional
    public StoredConvergence split(Actor actor, long convergenceId, Set<Long> moved) {
        StoredConvergence source = curated(actor, convergenceId);
        List<Long> members = store.members(convergenceId);
        if (moved == null || moved.isEmpty() || !members.containsAll(moved) || moved.size() == members.size()) {
            throw new UserFacingException("convergence.split.invalid");
        }
        List<Long> staying = new ArrayList<>(members);
        staying.removeAll(moved);
        StoredConvergence created = convergences.save(new StoredConvergence(null, source.consultationId(), source.engineKey() + "-split-"
                + clock.millis(), label(source.label() + " (2)"), false, source.terms(), ConvergenceStatus.PROPOSED, source.score(), 0, 0, 0, 0,
                clock.instant(), null, null, null));
        store.replaceMembers(convergenceId, staying);
        store.replaceMembers(created.id(), members.stream().filter(moved::contains).toList());
        store.refreshFigures(convergenceId);
        store.refreshFigures(created.id());
        record(actor, source, "convergence.split", Map.of("members", members.size()), Map.of("moved", moved.size(), "into", created.id()));
        return created;
    }

    /** Whether the actor curates this consultation's convergences (the page mirrors it; each use case checks again). */
    @Transactional(readOnly = true)
    public boolean canCurate(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId));
    }

    /** The consultation's convergences with their members: confirmed ones for everybody, proposed ones for curators too. */
    @Transactional(readOnly = true)
    public List<ConvergenceView> list(Actor viewer, long consultationId, int quotes) {
        List<ConvergenceStatus> shown = canCurate(viewer, consultationId) ? List.of(ConvergenceStatus.CONFIRMED, ConvergenceStatus.PROPOSED)
                : List.of(ConvergenceStatus.CONFIRMED);
        return convergences.listForConsultation(consultationId, shown.stream().map(Enum::name).toList()).stream()
                .map(convergence -> new ConvergenceView(convergence, store.memberTitles(convergence.id()), store.quotes(convergence.id(), quotes),
                        store.mainTheme(convergence.id()).orElse(null)))
                .toList();
    }

    /** The confirmed convergences of a consultation: public, and what a motion may answer. */
    @Transactional(readOnly = true)
    public List<StoredConvergence> confirmed(long consultationId) {
        return convergences.listForConsultation(consultationId, List.of(ConvergenceStatus.CONFIRMED.name()));
    }

    /** A convergence by id, if it is confirmed. */
    @Transactional(readOnly = true)
    public java.util.Optional<StoredConvergence> confirmedById(long convergenceId) {
        return convergences.findById(convergenceId).filter(convergence -> convergence.status() == ConvergenceStatus.CONFIRMED);
    }

    /** The live convergence a contribution belongs to, if the viewer may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<ConvergenceStore.Belonging> convergenceOf(Actor viewer, long contributionId) {
        return store.convergenceOf(contributionId).filter(belonging -> belonging.status() == ConvergenceStatus.CONFIRMED
                || canCurate(viewer, belonging.consultationId()));
    }

    /** A convergence with its members (most representative first), quotes of the first ones, and its main theme. */
    public record ConvergenceView(StoredConvergence convergence, List<ConvergenceStore.Member> members, List<ConvergenceStore.Quote> quotes,
                                  String theme) {
    }

    private StoredConvergence decide(Actor actor, long convergenceId, ConvergenceStatus status, String action) {
        StoredConvergence convergence = curated(actor, convergenceId);
        if (convergence.status() == status) {
            throw new UserFacingException("convergence.status.already");
        }
        record(actor, convergence, action, Map.of("status", convergence.status().name()),
                Map.of("status", status.name()));
        return convergences.update(convergence.decided(status, actor.accountId(), clock.instant()));
    }

    /** The convergence, if the actor curates its consultation; a dismissed one can no longer be curated. */
    private StoredConvergence curated(Actor actor, long convergenceId) {
        StoredConvergence convergence = convergences.findById(convergenceId).orElseThrow(() -> new UserFacingException("convergence.unknown"));
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(convergence.consultationId()));
        if (convergence.status() == ConvergenceStatus.DISMISSED) {
            throw new UserFacingException("convergence.dismissed");
        }
        return convergence;
    }

    private void record(Actor actor, StoredConvergence convergence, String action, Map<String, Object> before, Map<String, Object> after) {
        audit.record(new AuditEvent(actor, consultations.councilOf(convergence.consultationId()), action, "convergence",
                String.valueOf(convergence.id()), before, after));
    }

    private static String label(String label) {
        String clean = TextInput.clean(label);
        return clean.length() <= StoredConvergence.LABEL_MAX_LENGTH ? clean : clean.substring(0, StoredConvergence.LABEL_MAX_LENGTH - 1) + "…";
    }

    private static double overlap(Set<Long> group, List<Long> members) {
        Set<Long> union = new HashSet<>(group);
        union.addAll(members);
        long shared = members.stream().filter(group::contains).count();
        return union.isEmpty() ? 0 : (double) shared / union.size();
    }
}
