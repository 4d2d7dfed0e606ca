package fr.convergences.motion.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a count needs: the method and rules, the options (arbitrations), the electorate per college
 * (seats with voting right, less recused seats), how many of them were present or represented (or took
 * part, outside a sitting), the ballots, and the president's ballot for a casting vote (roll-call only).
 */
public record TallyInput(
        VotingMethod method,
        VotingRules rules,
        List<Long> options,
        Map<Long, Integer> electorateByCollege,
        int presentOrRepresented,
        List<CountedBallot> ballots,
        @Nullable BallotChoice presidentChoice) {

    public int electorate() {
        return electorateByCollege.values().stream().mapToInt(Integer::intValue).sum();
    }
}
