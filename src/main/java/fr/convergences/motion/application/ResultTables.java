package fr.convergences.motion.application;

import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.SmallGroupPolicy;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The result tables of a closed session, as text cells in the reader's language: the same tables on the motion's page
 * and in the minutes PDF, so that the two can never tell different counts.
 */
public final class ResultTables {

    /** A table of text: its header and its rows, and a note to print with it (null when none). */
    public record Table(
            List<String> header,
            List<List<String>> rows,
            @Nullable String note) {
        public Table(List<String> header, List<List<String>> rows) {
            this(header, rows, null);
        }
    }

    /** A message in the reader's language, with its ICU arguments. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private ResultTables() {}

    /**
     * Per college: seats, ballots, the count of each choice (blank ballots apart for options), and the college majority if
     * required. In a secret vote, colleges with fewer ballots than the session's minimum are merged into one row, with a note
     * ({@link SmallGroupPolicy}); a roll-call vote is public ballot by ballot, so its colleges are always apart.
     */
    public static Table colleges(SessionResult result, Translator translate) {
        VotingSession session = result.session();
        List<String> header = new ArrayList<>(List.of(
                translate.translate("motion.result.college"),
                translate.translate("motion.result.seats"),
                translate.translate("motion.result.ballotsShort")));
        if (session.method() == VotingMethod.FOR_AGAINST) {
            header.addAll(List.of(
                    translate.translate("motion.vote.FOR"),
                    translate.translate("motion.vote.AGAINST"),
                    translate.translate("motion.vote.ABSTAIN")));
        } else {
            header.addAll(result.optionLabels().values());
            header.add(translate.translate("motion.choice.blank"));
        }
        if (session.doubleMajority()) {
            header.add(translate.translate("motion.result.collegeMajority"));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean anyMerged = false;
        for (SmallGroupPolicy.Group group : groups(result)) {
            anyMerged |= group.merged();
            String name = group.merged()
                    ? mergedName(result, group.collegeIds(), translate)
                    : result.collegeNames()
                            .getOrDefault(
                                    group.collegeIds().getFirst(),
                                    "#" + group.collegeIds().getFirst());
            List<String> row =
                    new ArrayList<>(List.of(name, String.valueOf(group.seats()), String.valueOf(group.ballots())));
            group.counts().forEach(count -> row.add(String.valueOf(count)));
            if (session.method() != VotingMethod.FOR_AGAINST) {
                row.add(String.valueOf(group.blank()));
            }
            if (session.doubleMajority()) {
                row.add(translate.translate(
                        Boolean.TRUE.equals(group.majorityMet()) ? "motion.result.yes" : "motion.result.no"));
            }
            rows.add(row);
        }
        return new Table(
                header,
                rows,
                anyMerged ? translate.translate("motion.result.smallGroups", result.smallGroupMinimum()) : null);
    }

    /**
     * The verdict college by college that "majority in each college" needs, as one sentence: every college reached the
     * majority, or the colleges that did not (by their merged row's name when a secret vote merged them, so that the
     * verdict tells no more than the table). Null when the session has no such rule, or when nothing was decided.
     */
    public static @Nullable String collegeVerdict(SessionResult result, Translator translate) {
        VotingSession session = result.session();
        if (!session.doubleMajority()
                || session.method() != VotingMethod.FOR_AGAINST
                || result.tally().outcome() == fr.convergences.motion.model.Outcome.NO_QUORUM) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (SmallGroupPolicy.Group group : groups(result)) {
            if (!Boolean.TRUE.equals(group.majorityMet())) {
                missing.add(
                        group.merged()
                                ? mergedName(result, group.collegeIds(), translate)
                                : result.collegeNames()
                                        .getOrDefault(
                                                group.collegeIds().getFirst(),
                                                "#" + group.collegeIds().getFirst()));
            }
        }
        return missing.isEmpty()
                ? translate.translate("motion.result.collegeVerdict.all")
                : translate.translate(
                        "motion.result.collegeVerdict.missing", missing.size(), String.join(", ", missing));
    }

    /**
     * The college a published secret ballot is shown with: its own, or the merged row's name when its college's result is
     * merged (the list of ballots by college would otherwise give the merged college's result back).
     */
    public static String ballotCollege(SessionResult result, long collegeId, Translator translate) {
        List<Long> merged = groups(result).stream()
                .filter(group -> group.merged() && group.collegeIds().contains(collegeId))
                .map(SmallGroupPolicy.Group::collegeIds)
                .findFirst()
                .orElse(null);
        return merged != null
                ? mergedName(result, merged, translate)
                : result.collegeNames().getOrDefault(collegeId, "");
    }

    private static List<SmallGroupPolicy.Group> groups(SessionResult result) {
        List<TallyResult.CollegeCount> colleges = result.tally().colleges();
        int minimum = result.session().ballotKind() == BallotKind.SECRET ? result.smallGroupMinimum() : 0;
        return SmallGroupPolicy.groups(colleges, minimum);
    }

    private static String mergedName(SessionResult result, List<Long> collegeIds, Translator translate) {
        return translate.translate(
                "motion.result.mergedColleges",
                String.join(
                        ", ",
                        collegeIds.stream()
                                .map(id -> result.collegeNames().getOrDefault(id, "#" + id))
                                .toList()));
    }

    /** Ranked ballots: how many preferred the row's option to the column's (Schulze's pairwise table). */
    public static Table pairwise(SessionResult result, Function<String, String> translate) {
        List<String> labels = new ArrayList<>(result.optionLabels().values());
        List<String> header = new ArrayList<>();
        header.add(translate.apply("motion.result.pairwiseCorner"));
        header.addAll(labels);
        List<List<String>> rows = new ArrayList<>();
        int[][] preferred = java.util.Objects.requireNonNull(
                result.tally().pairwise(), "shown only for a ranked count, which has its pairwise table");
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            for (int j = 0; j < labels.size(); j++) {
                row.add(i == j ? "—" : String.valueOf(preferred[i][j]));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }
}
