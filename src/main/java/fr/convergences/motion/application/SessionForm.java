package fr.convergences.motion.application;

import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MajorityRule;
import fr.convergences.motion.model.TieRule;
import fr.convergences.motion.model.VotingMethod;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A voting session as the secretariat plans it: in a sitting or online; ballot kind and method; majority,
 * double majority and tie rule; the quorum (numerator/denominator, both null to waive it when reconvening
 * a session that lacked quorum); opening and closing times in the territory's local time (null: by hand).
 */
public record SessionForm(
        @Nullable Long sittingId,
        BallotKind ballotKind,
        VotingMethod method,
        MajorityRule majority,
        boolean doubleMajority,
        TieRule tieRule,
        @Nullable Integer quorumNumerator,
        @Nullable Integer quorumDenominator,
        @Nullable Long reconvenesSessionId,
        @Nullable LocalDateTime opensAt,
        @Nullable LocalDateTime closesAt) {

    /** An online vote with the usual rules: simple majority, half the electorate as quorum, ties rejected. */
    public static SessionForm online(BallotKind kind, VotingMethod method, @Nullable LocalDateTime closesAt) {
        return new SessionForm(
                null, kind, method, MajorityRule.SIMPLE, false, TieRule.REJECTED, 1, 2, null, null, closesAt);
    }

    public static SessionForm inSitting(long sittingId, BallotKind kind, VotingMethod method) {
        return new SessionForm(
                sittingId, kind, method, MajorityRule.SIMPLE, false, TieRule.REJECTED, 1, 2, null, null, null);
    }
}
