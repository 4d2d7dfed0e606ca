package fr.convergences.motion.application;

import fr.convergences.motion.model.Capacity;
import fr.convergences.motion.model.VotingSession;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a member sees to vote in a session: the seats they may vote for, and where they stand. {@code consultative}: the person
 * sits in the council with a consultative voice only (a qualified person, for example), so they are told why they do not vote.
 */
public record BallotPanel(
        VotingSession session,
        List<SeatBallot> seats,
        boolean mustJoin,
        boolean canJoin,
        @Nullable Long sittingId,
        boolean consultative) {

    /** A seat: whose it is, the capacity, the current roll-call choice or whether a secret ballot was cast, and why not (if refused). */
    public record SeatBallot(
            long seatMandateId,
            String personName,
            Capacity capacity,
            @Nullable String currentChoice,
            boolean secretCast,
            @Nullable String refusalKey) {}
}
