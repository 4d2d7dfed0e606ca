package fr.convergences.motion.model;

import fr.convergences.base.UserFacingException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ranked ballot gives each option it ranks a distinct rank (1 is the most preferred); options left
 * unranked come after all ranked ones. Two options with the same rank, or an unknown option, are refused.
 */
public final class RankedBallotPolicy {

    private RankedBallotPolicy() {}

    public static BallotChoice.Ranking ranking(Map<Long, Integer> rankByOption, Collection<Long> options) {
        Set<Integer> seen = new HashSet<>();
        for (Map.Entry<Long, Integer> entry : rankByOption.entrySet()) {
            if (!options.contains(entry.getKey())) {
                throw new UserFacingException("motion.ballot.unknownOption");
            }
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > options.size()) {
                throw new UserFacingException("motion.ballot.ranked.outOfRange", options.size());
            }
            if (!seen.add(entry.getValue())) {
                throw new UserFacingException("motion.ballot.ranked.duplicate", entry.getValue());
            }
        }
        List<Long> order = rankByOption.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey)
                .toList();
        return new BallotChoice.Ranking(order);
    }

    /** A stored or published ranking must also name each option once, and only known options. */
    public static void check(BallotChoice.Ranking ranking, Collection<Long> options) {
        if (new HashSet<>(ranking.order()).size() != ranking.order().size()) {
            throw new UserFacingException("motion.ballot.ranked.duplicate", 0);
        }
        if (!options.containsAll(ranking.order())) {
            throw new UserFacingException("motion.ballot.unknownOption");
        }
    }
}
