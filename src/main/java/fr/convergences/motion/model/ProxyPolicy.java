package fr.convergences.motion.model;

import java.util.Optional;

/**
 * A proxy (procuration) for a sitting: given by a titular with voting right who will be absent and
 * whose substitute cannot sit, to another member of the same council with voting right who will be
 * there; one proxy given and one held per member at most; recorded before the giver's seat has voted.
 * Returns the message key of the first problem.
 */
public final class ProxyPolicy {

    private ProxyPolicy() {
    }

    public record Request(
            long giverAccountId,
            long holderAccountId,
            boolean sittingOpen,
            boolean giverHoldsVotingSeat,
            boolean holderIsVotingMember,
            boolean substituteCanSit,
            boolean giverAlreadyGave,
            boolean holderAlreadyHolds,
            boolean holderAbsent,
            boolean giverSeatAlreadyVoted) {
    }

    public static Optional<String> problem(Request request) {
        if (!request.sittingOpen()) {
            return Optional.of("motion.sitting.closed");
        }
        if (request.giverAccountId() == request.holderAccountId()) {
            return Optional.of("motion.proxy.self");
        }
        if (!request.giverHoldsVotingSeat()) {
            return Optional.of("motion.proxy.notTitular");
        }
        if (!request.holderIsVotingMember()) {
            return Optional.of("motion.proxy.holderNotMember");
        }
        if (request.giverAlreadyGave()) {
            return Optional.of("motion.proxy.alreadyGiven");
        }
        if (request.holderAlreadyHolds()) {
            return Optional.of("motion.proxy.holderHasOne");
        }
        if (request.substituteCanSit()) {
            return Optional.of("motion.proxy.substituteSits");
        }
        if (request.holderAbsent()) {
            return Optional.of("motion.proxy.holderAbsent");
        }
        if (request.giverSeatAlreadyVoted()) {
            return Optional.of("motion.proxy.alreadyVoted");
        }
        return Optional.empty();
    }
}
