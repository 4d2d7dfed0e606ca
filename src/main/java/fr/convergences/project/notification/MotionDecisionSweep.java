package fr.convergences.project.notification;

import fr.convergences.identity.notification.NotificationOutbox;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the motions decided since the last sweep and records their follow-up. A sweep rather than a listener: a
 * decision is taken deep in the vote's closing (or in a sitting), code another team changes, and no event says it;
 * the outbox's unique event key makes every node's sweep safe, and a decision taken while this node was down is
 * found at the next sweep.
 */
@Singleton
public class MotionDecisionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(MotionDecisionSweep.class);

    private final AudienceStore store;
    private final NotificationOutbox outbox;
    private final FollowUpRecorder recorder;

    MotionDecisionSweep(AudienceStore store, NotificationOutbox outbox, FollowUpRecorder recorder) {
        this.store = store;
        this.outbox = outbox;
        this.recorder = recorder;
    }

    @Scheduled(fixedDelay = "${convergences.notification.decision-sweep-interval:10s}", initialDelay = "5s")
    void everyFewSeconds() {
        try {
            int recorded = sweep();
            if (recorded > 0) {
                LOG.info("Follow-up: {} motion decisions to tell", recorded);
            }
        } catch (RuntimeException e) {
            LOG.warn("Motion decision sweep failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }

    /** Records the follow-up of every decided motion not yet recorded; returns how many were new. */
    @Transactional
    public int sweep() {
        var decided = store.decidedMotions();
        var recorded = outbox.recorded(
                decided.stream().map(motion -> "motion-decided:" + motion.id()).toList());
        int added = 0;
        for (AudienceStore.DecidedMotion motion : decided) {
            if (!recorded.contains("motion-decided:" + motion.id()) && recorder.motionDecided(motion)) {
                added++;
            }
        }
        return added;
    }
}
