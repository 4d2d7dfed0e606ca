package fr.convergences.project.notification;

import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import fr.convergences.identity.notification.NotificationAudience;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorRepository;
import fr.convergences.project.diagnostic.DiagnosticStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The follow-up audiences: the people behind what a motion answers, behind what an action answers, behind what an
 * indicator's action answers, and behind the needs a published diagnostic names; each with the followers of the motion
 * or action itself and of everything it answers.
 */
@Factory
class FollowUpAudiences {

    static final String MOTION = "follow-up-motion";
    static final String ACTION = "follow-up-action";
    static final String INDICATOR = "follow-up-indicator";
    static final String DIAGNOSTIC = "follow-up-diagnostic";

    @Singleton
    @Named(MOTION)
    NotificationAudience motion(AudienceStore store, Follows follows) {
        return audience(MOTION, motionId -> {
            Set<Long> people = behind(store, follows, store.answeredByMotion(motionId));
            people.addAll(follows.followers(FollowedKind.MOTION, Set.of(motionId)));
            return people;
        });
    }

    @Singleton
    @Named(ACTION)
    NotificationAudience action(AudienceStore store, Follows follows) {
        return audience(ACTION, actionId -> ofAction(store, follows, actionId));
    }

    @Singleton
    @Named(INDICATOR)
    NotificationAudience indicator(AudienceStore store, Follows follows, IndicatorRepository indicators) {
        // An indicator of the whole projet answers nothing in particular: only an action's indicator has people behind
        // it.
        return audience(
                INDICATOR,
                indicatorId -> indicators
                        .findById(indicatorId)
                        .map(Indicator::actionId)
                        .filter(Objects::nonNull)
                        .map(actionId -> (Collection<Long>) ofAction(store, follows, actionId))
                        .orElse(Set.of()));
    }

    @Singleton
    @Named(DIAGNOSTIC)
    NotificationAudience diagnostic(AudienceStore store, Follows follows, DiagnosticStore diagnostics) {
        // The people behind each need the published version names: the contributions of its convergence and the quoted
        // one.
        return audience(DIAGNOSTIC, versionId -> {
            Set<Long> convergences = new TreeSet<>();
            Set<Long> contributions = new TreeSet<>();
            diagnostics.needs(versionId).forEach(need -> {
                if (need.convergenceId() != null) {
                    convergences.add(need.convergenceId());
                }
                if (need.quoteContributionId() != null) {
                    contributions.add(need.quoteContributionId());
                }
            });
            return behind(store, follows, store.answeredByNeeds(convergences, contributions));
        });
    }

    private static Set<Long> ofAction(AudienceStore store, Follows follows, long actionId) {
        Set<Long> people = behind(store, follows, store.answeredByAction(actionId));
        people.addAll(follows.followers(FollowedKind.ACTION, Set.of(actionId)));
        return people;
    }

    private static Set<Long> behind(AudienceStore store, Follows follows, AudienceStore.Answered answered) {
        Set<Long> people = new LinkedHashSet<>(store.peopleBehind(answered.contributions()));
        people.addAll(follows.followers(FollowedKind.CONTRIBUTION, answered.contributions()));
        people.addAll(follows.followers(FollowedKind.CONVERGENCE, answered.convergences()));
        people.addAll(follows.followers(FollowedKind.MOTION, answered.motions()));
        return people;
    }

    private interface Resolver {
        Collection<Long> accounts(long subjectId);
    }

    private static NotificationAudience audience(String name, Resolver resolver) {
        return new NotificationAudience() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Collection<Long> accounts(long subjectId) {
                return resolver.accounts(subjectId);
            }
        };
    }
}
