package fr.convergences.project.notification;

import fr.convergences.identity.Actor;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A contribution's public trail (see {@link Trail}): read-only, and only what the public may see. */
@Singleton
public class TrailService {

    /** Ids start at 1: this one matches no contribution, for the queries that also take a contribution. */
    private static final long NO_CONTRIBUTION = 0L;

    private final ArsFollowUpService ars;
    private final AudienceStore store;
    private final IndicatorRepository indicators;

    public TrailService(ArsFollowUpService ars, AudienceStore store, IndicatorRepository indicators) {
        this.ars = ars;
        this.store = store;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    public Trail trail(Actor viewer, long contributionId) {
        var belonging = store.confirmedConvergenceOf(contributionId);
        Trail.Step convergence = belonging
                .map(found -> new Trail.Step(found.label(), "/convergences/" + found.id()))
                .orElse(null);
        Set<Long> convergenceIds = belonging.map(found -> Set.of(found.id())).orElse(Set.<Long>of());
        return answers(contributionId, convergence, convergenceIds);
    }

    /**
     * What answers a convergence, for its page: the motions that answer it and the actions of a published projet that
     * answer it or one of those motions, each with the same steps as a contribution's trail.
     */
    @Transactional(readOnly = true)
    public Trail answersTo(long convergenceId) {
        return answers(NO_CONTRIBUTION, null, Set.of(convergenceId));
    }

    private Trail answers(long contributionId, Trail.@Nullable Step convergence, Set<Long> convergenceIds) {
        List<Trail.MotionStep> motions = new ArrayList<>();
        Set<Long> motionIds = new TreeSet<>();
        for (AudienceStore.PublicItem motion : store.motionsAnswering(contributionId, convergenceIds)) {
            motionIds.add(motion.id());
            List<ArsReply> replies = ars.register(motion.id()).replies();
            ArsReply last = replies.isEmpty() ? null : replies.getLast();
            motions.add(new Trail.MotionStep(
                    new Trail.Step(motion.title(), "/motions/" + motion.id()),
                    motion.status(),
                    last == null ? null : last.receivedOn(),
                    last == null || last.kind() == null ? null : last.kind().name()));
        }
        List<Trail.ActionStep> actions = new ArrayList<>();
        for (AudienceStore.PublicItem action :
                store.publishedActionsAnswering(contributionId, convergenceIds, motionIds)) {
            List<Trail.Step> measured = indicators.findByActionIdOrderById(action.id()).stream()
                    .filter(Indicator::coAdopted)
                    .map(indicator -> new Trail.Step(
                            indicator.name(),
                            "/conseils/" + action.councilSlug() + "/indicateurs#indicator-" + indicator.id()))
                    .toList();
            actions.add(new Trail.ActionStep(
                    new Trail.Step(action.title(), "/actions/" + action.id()), action.status(), measured));
        }
        return new Trail(convergence, motions, actions);
    }
}
