package fr.convergences.motion.model;

import java.util.Optional;

/**
 * When the secretariat may still edit or cancel what it prepared. A motion is cancelled only before any vote on it is
 * planned (a planned, open or closed vote belongs to the record) and once it is off every agenda still to be held (the
 * members were told it would be decided there). A sitting is edited or cancelled only before it starts and before any
 * vote is planned in it. Each rule returns the message key of the first problem.
 */
public final class DraftChangePolicy {

    private DraftChangePolicy() {}

    public static Optional<String> motionCancellation(MotionStatus status, boolean hasVote, boolean onAgendaToCome) {
        if (status == MotionStatus.CANCELLED) {
            return Optional.of("motion.cancelled.already");
        }
        if (status.isDecided() || hasVote) {
            return Optional.of("motion.cancel.voted");
        }
        if (onAgendaToCome) {
            return Optional.of("motion.cancel.onAgenda");
        }
        return Optional.empty();
    }

    public static Optional<String> sittingChange(Sitting.Status status, boolean started, boolean hasVote) {
        if (status == Sitting.Status.CANCELLED) {
            return Optional.of("motion.sitting.cancelled.already");
        }
        if (status == Sitting.Status.CLOSED) {
            return Optional.of("motion.sitting.closed");
        }
        if (started) {
            return Optional.of("motion.sitting.change.started");
        }
        if (hasVote) {
            return Optional.of("motion.sitting.change.voted");
        }
        return Optional.empty();
    }
}
