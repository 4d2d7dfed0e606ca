package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which per-college results of a secret vote may be published apart. In a college with one ballot, its
 * result is its voter's choice; with two, a split shows each voter what the other chose. A college's
 * result is therefore published only when the college has at least {@code k} ballots (a council's
 * setting, 5 by default); the colleges below that are merged into one row. The merged row must itself hold
 * at least k ballots and more than one college, otherwise the totals, which are always published, minus
 * the colleges shown apart would give the hidden one: the published college with the fewest ballots joins
 * it until both hold, or until every college with ballots is merged. Colleges without a ballot stay apart:
 * their row is zeros, which participation (public in a council) already tells.
 */
public final class SmallGroupPolicy {

    public static final int DEFAULT_MINIMUM = 5;

    /** A published row: one college, or several merged ({@code merged}); counts summed, majority met only if met in each. */
    public record Group(
            List<Long> collegeIds,
            boolean merged,
            int seats,
            int ballots,
            List<Integer> counts,
            int blank,
            @Nullable Boolean majorityMet) {}

    private SmallGroupPolicy() {}

    /** The colleges to merge: empty when every college with ballots has at least {@code minimum}. */
    public static Set<Long> merged(List<TallyResult.CollegeCount> colleges, int minimum) {
        Set<Long> merged = new LinkedHashSet<>();
        colleges.stream()
                .filter(college -> college.ballots() > 0 && college.ballots() < minimum)
                .forEach(college -> merged.add(college.collegeId()));
        if (merged.isEmpty()) {
            return merged;
        }
        while (merged.size() < 2 || ballots(colleges, merged) < minimum) {
            var next = colleges.stream()
                    .filter(college -> college.ballots() > 0 && !merged.contains(college.collegeId()))
                    .min(Comparator.comparingInt(TallyResult.CollegeCount::ballots));
            if (next.isEmpty()) {
                break;
            }
            merged.add(next.get().collegeId());
        }
        return merged;
    }

    /** The rows to publish, in the colleges' order, the merged row where its first college was. */
    public static List<Group> groups(List<TallyResult.CollegeCount> colleges, int minimum) {
        Set<Long> merged = merged(colleges, minimum);
        List<Group> groups = new ArrayList<>();
        List<TallyResult.CollegeCount> mergedColleges = colleges.stream()
                .filter(college -> merged.contains(college.collegeId()))
                .toList();
        for (TallyResult.CollegeCount college : colleges) {
            if (!merged.contains(college.collegeId())) {
                groups.add(new Group(
                        List.of(college.collegeId()),
                        false,
                        college.seats(),
                        college.ballots(),
                        college.counts(),
                        college.blank(),
                        college.majorityMet()));
            } else if (college == mergedColleges.getFirst()) {
                groups.add(sum(mergedColleges));
            }
        }
        return groups;
    }

    private static int ballots(List<TallyResult.CollegeCount> colleges, Set<Long> ids) {
        return colleges.stream()
                .filter(college -> ids.contains(college.collegeId()))
                .mapToInt(TallyResult.CollegeCount::ballots)
                .sum();
    }

    private static Group sum(List<TallyResult.CollegeCount> colleges) {
        int seats = 0;
        int ballots = 0;
        int blank = 0;
        List<Integer> counts = new ArrayList<>(
                colleges.getFirst().counts().stream().map(count -> 0).toList());
        Boolean majority = null;
        for (TallyResult.CollegeCount college : colleges) {
            seats += college.seats();
            ballots += college.ballots();
            blank += college.blank();
            for (int i = 0; i < counts.size(); i++) {
                counts.set(i, counts.get(i) + college.counts().get(i));
            }
            if (college.majorityMet() != null) {
                majority = (majority == null || majority) && college.majorityMet();
            }
        }
        return new Group(
                colleges.stream().map(TallyResult.CollegeCount::collegeId).toList(),
                true,
                seats,
                ballots,
                List.copyOf(counts),
                blank,
                majority);
    }
}
