package fr.convergences.motion.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Settles an equal split. With REJECTED nothing is chosen; with CASTING_VOTE the president's ballot
 * decides (for a roll-call vote only: in a secret vote nobody may know how the president voted). A
 * president who did not vote, or abstained, settles nothing: the motion is rejected.
 */
public final class TiePolicy {

    private TiePolicy() {}

    /** For a for/against vote: adopted only when the casting vote is for. */
    public static boolean adoptedOnTie(TieRule rule, @Nullable BallotChoice presidentChoice) {
        return rule == TieRule.CASTING_VOTE
                && presidentChoice instanceof BallotChoice.ForAgainst(Vote vote)
                && vote == Vote.FOR;
    }

    /**
     * Between tied options: the one the president preferred (the only tied option they approved, or the
     * tied option they ranked highest), if any.
     */
    public static Optional<Long> optionOnTie(TieRule rule, List<Long> tied, @Nullable BallotChoice presidentChoice) {
        if (rule != TieRule.CASTING_VOTE || presidentChoice == null) {
            return Optional.empty();
        }
        return switch (presidentChoice) {
            case BallotChoice.Approval approval -> {
                List<Long> approved =
                        tied.stream().filter(approval.options()::contains).toList();
                yield approved.size() == 1 ? Optional.of(approved.getFirst()) : Optional.empty();
            }
            case BallotChoice.Ranking ranking ->
                ranking.order().stream().filter(tied::contains).findFirst();
            case BallotChoice.ForAgainst ignored -> Optional.empty();
        };
    }

    /** The casting vote needs the president's ballot to be known: refused for secret ballots. */
    public static boolean allowed(TieRule rule, BallotKind kind) {
        return rule != TieRule.CASTING_VOTE || kind == BallotKind.ROLL_CALL;
    }
}
