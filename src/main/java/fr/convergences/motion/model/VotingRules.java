package fr.convergences.motion.model;

import org.jspecify.annotations.Nullable;

/**
 * The rules a voting session is counted by, fixed when it is created. The majority rule, and the
 * double majority, decide for/against votes; arbitrations are decided by their method (most approvals,
 * or the Schulze winner). The quorum is null when a session reconvenes one that lacked quorum.
 */
public record VotingRules(
        MajorityRule majority, boolean doubleMajority, TieRule tieRule, QuorumPolicy.@Nullable Quorum quorum) {

    public static final VotingRules USUAL =
            new VotingRules(MajorityRule.SIMPLE, false, TieRule.REJECTED, QuorumPolicy.Quorum.HALF);
}
