package fr.convergences.motion.model;

import java.util.Map;

/**
 * The "double majority": besides the overall majority, the same rule must be met within every college
 * of the electorate, counted on that college's own votes and seats. A tie within a college is not a
 * majority there (the casting vote settles only the overall tie).
 */
public final class DoubleMajorityPolicy {

    private DoubleMajorityPolicy() {}

    /** Per college of the electorate: whether the rule is met there. */
    public static Map<Long, Boolean> byCollege(
            MajorityRule rule, Map<Long, int[]> forAgainstByCollege, Map<Long, Integer> seatsByCollege) {
        Map<Long, Boolean> met = new java.util.TreeMap<>();
        seatsByCollege.forEach((college, seats) -> {
            int[] votes = forAgainstByCollege.getOrDefault(college, new int[2]);
            met.put(college, MajorityPolicy.decide(rule, votes[0], votes[1], seats) == MajorityPolicy.Decision.ADOPTED);
        });
        return met;
    }

    public static boolean everyCollege(Map<Long, Boolean> byCollege) {
        return byCollege.values().stream().allMatch(Boolean::booleanValue);
    }
}
