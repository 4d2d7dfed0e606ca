package fr.convergences.convergence;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.PublicContributions;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Contributions that arrive after clustering, whatever their path (online, collected offline, typed in from paper,
 * imported): each is offered to the confirmed convergence it matches best (the engine's {@code assign}, which joins
 * only where a merge would have), and a moderator adds it or refuses. Examined in the background, never in the
 * request that submitted the contribution.
 */
@Singleton
public class SuggestionService {

    private final SuggestionStore suggestions;
    private final ConvergenceStore store;
    private final StoredConvergenceRepository convergences;
    private final ConvergenceEngine engine;
    private final PublicContributions publicContributions;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public SuggestionService(
            SuggestionStore suggestions,
            ConvergenceStore store,
            StoredConvergenceRepository convergences,
            ConvergenceEngine engine,
            PublicContributions publicContributions,
            ConsultationService consultations,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.suggestions = suggestions;
        this.store = store;
        this.convergences = convergences;
        this.engine = engine;
        this.publicContributions = publicContributions;
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Examines the contributions that arrived since the last computation; returns how many were offered to a convergence. */
    @Transactional
    public int examineArrivals() {
        int offered = 0;
        for (Map.Entry<Long, List<Long>> arrivals : suggestions.arrivals().entrySet()) {
            long consultationId = arrivals.getKey();
            Map<String, Document> documents = store.documents(consultationId, Set.of()).stream()
                    .collect(Collectors.toMap(Document::id, Function.identity()));
            List<Convergence> confirmed = new ArrayList<>();
            Set<String> clustered = new HashSet<>();
            for (StoredConvergence convergence :
                    convergences.findByConsultationIdAndStatus(consultationId, ConvergenceStatus.CONFIRMED)) {
                List<String> members = store.members(convergence.storedId()).stream()
                        .map(String::valueOf)
                        .filter(documents::containsKey)
                        .toList();
                if (!members.isEmpty()) {
                    confirmed.add(new Convergence(
                            String.valueOf(convergence.storedId()),
                            convergence.label(),
                            List.of(),
                            members,
                            members.size(),
                            convergence.score()));
                    clustered.addAll(members);
                }
            }
            Clustering clustering = new Clustering(confirmed, List.of());
            List<Document> existing = documents.values().stream()
                    .filter(document -> clustered.contains(document.id()))
                    .sorted(java.util.Comparator.comparing(Document::id))
                    .toList();
            for (long contributionId : arrivals.getValue()) {
                Document arrival = documents.get(String.valueOf(contributionId));
                if (arrival == null) {
                    continue; // hidden or withdrawn since: examined when it is public again
                }
                Optional<String> best =
                        confirmed.isEmpty() ? Optional.empty() : engine.assign(arrival, clustering, existing);
                suggestions.examined(
                        contributionId, consultationId, best.map(Long::valueOf).orElse(null), clock.instant());
                offered += best.isPresent() ? 1 : 0;
            }
        }
        return offered;
    }

    /** The offers waiting for a moderator of the consultation; nobody else sees them. */
    @Transactional(readOnly = true)
    public List<SuggestionStore.Suggestion> pending(Actor actor, long consultationId) {
        if (!permissions.allows(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId))) {
            return List.of();
        }
        List<SuggestionStore.Suggestion> pending = suggestions.pending(consultationId);
        Set<Long> visible = publicContributions.visibleAmong(
                pending.stream().map(SuggestionStore.Suggestion::contributionId).toList());
        return pending.stream()
                .filter(suggestion -> visible.contains(suggestion.contributionId()))
                .toList();
    }

    /** Adds the offered contribution to its confirmed convergence. */
    @Transactional
    public SuggestionStore.Suggestion accept(Actor actor, long contributionId) {
        SuggestionStore.Suggestion suggestion = decided(actor, contributionId);
        if (store.convergenceOf(contributionId).isPresent()) {
            throw new UserFacingException("convergence.suggestion.taken");
        }
        suggestions.addMember(suggestion.convergenceId(), contributionId);
        store.refreshFigures(suggestion.convergenceId());
        suggestions.decide(contributionId, "ACCEPTED", actor.accountId(), clock.instant());
        record(actor, suggestion, "convergence.suggestion.accept");
        return suggestion;
    }

    /** Leaves the contribution out of the convergence it was offered to; it is not offered again. */
    @Transactional
    public SuggestionStore.Suggestion refuse(Actor actor, long contributionId) {
        SuggestionStore.Suggestion suggestion = decided(actor, contributionId);
        suggestions.decide(contributionId, "REFUSED", actor.accountId(), clock.instant());
        record(actor, suggestion, "convergence.suggestion.refuse");
        return suggestion;
    }

    private SuggestionStore.Suggestion decided(Actor actor, long contributionId) {
        SuggestionStore.Suggestion suggestion = suggestions
                .pendingForUpdate(contributionId)
                .orElseThrow(() -> new UserFacingException("convergence.suggestion.unknown"));
        StoredConvergence convergence = convergences
                .findById(suggestion.convergenceId())
                .orElseThrow(() -> new UserFacingException("convergence.suggestion.unknown"));
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(convergence.consultationId()));
        if (convergence.status() != ConvergenceStatus.CONFIRMED) {
            throw new UserFacingException("convergence.suggestion.unknown");
        }
        return suggestion;
    }

    private void record(Actor actor, SuggestionStore.Suggestion suggestion, String action) {
        long consultationId =
                convergences.findById(suggestion.convergenceId()).orElseThrow().consultationId();
        audit.record(new AuditEvent(
                actor,
                consultations.councilOf(consultationId),
                action,
                "convergence",
                String.valueOf(suggestion.convergenceId()),
                Map.of(),
                Map.of("contribution", suggestion.contributionId())));
    }
}
