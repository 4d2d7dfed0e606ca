package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;

/**
 * Votes held in a sitting happen within the sitting's time: from its start until it is closed. A vote in a sitting is
 * opened only once the sitting has started, and a vote planned to open or close by itself is planned within that time;
 * the sitting is closed only once it has started (and its votes are closed, which the service checks). The urgent
 * procedure shortens the convocation's delay, never the sitting: its votes too wait for its start. An online vote, held
 * in no sitting, keeps its own window and is not bound by this rule. Each rule returns the message key of the first
 * problem.
 */
public final class SittingTimePolicy {

    private SittingTimePolicy() {}

    /** Opening, now, a vote held in a sitting that starts at {@code startsAt}. */
    public static Optional<String> voteOpening(Sitting.Status status, Instant startsAt, Instant now) {
        if (status == Sitting.Status.CANCELLED) {
            return Optional.of("motion.sitting.cancelled.already");
        }
        if (status == Sitting.Status.CLOSED) {
            return Optional.of("motion.sitting.closed");
        }
        if (now.isBefore(startsAt)) {
            return Optional.of("motion.sitting.time.voteBeforeStart");
        }
        return Optional.empty();
    }

    /** Planning a vote in a sitting that starts at {@code startsAt}, with the times it opens and closes by itself, if any. */
    public static Optional<String> plannedWindow(
            Instant startsAt, @Nullable Instant opensAt, @Nullable Instant closesAt) {
        if ((opensAt != null && opensAt.isBefore(startsAt)) || (closesAt != null && !closesAt.isAfter(startsAt))) {
            return Optional.of("motion.sitting.time.windowBeforeStart");
        }
        return Optional.empty();
    }

    /** Closing, now, a sitting that starts at {@code startsAt}. */
    public static Optional<String> sittingClosing(Instant startsAt, Instant now) {
        if (now.isBefore(startsAt)) {
            return Optional.of("motion.sitting.time.closeBeforeStart");
        }
        return Optional.empty();
    }
}
