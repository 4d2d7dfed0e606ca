package fr.convergences.motion.application;

import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The result tables of a closed session, as text cells in the reader's language: the same tables on the motion's page
 * and in the minutes PDF, so that the two can never tell different counts.
 */
public final class ResultTables {

    /** A table of text: its header and its rows. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    private ResultTables() {
    }

    /** Per college: seats, ballots, the count of each choice (blank ballots apart for options), and the college majority if required. */
    public static Table colleges(SessionResult result, Function<String, String> translate) {
        VotingSession session = result.session();
        List<String> header = new ArrayList<>(List.of(translate.apply("motion.result.college"), translate.apply("motion.result.seats"),
                translate.apply("motion.result.ballotsShort")));
        if (session.method() == VotingMethod.FOR_AGAINST) {
            header.addAll(List.of(translate.apply("motion.vote.FOR"), translate.apply("motion.vote.AGAINST"), translate.apply("motion.vote.ABSTAIN")));
        } else {
            header.addAll(result.optionLabels().values());
            header.add(translate.apply("motion.choice.blank"));
        }
        if (session.doubleMajority()) {
            header.add(translate.apply("motion.result.collegeMajority"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TallyResult.CollegeCount college : result.tally().colleges()) {
            List<String> row = new ArrayList<>(List.of(result.collegeNames().getOrDefault(college.collegeId(), "#" + college.collegeId()),
                    String.valueOf(college.seats()), String.valueOf(college.ballots())));
            college.counts().forEach(count -> row.add(String.valueOf(count)));
            if (session.method() != VotingMethod.FOR_AGAINST) {
                row.add(String.valueOf(college.blank()));
            }
            if (session.doubleMajority()) {
                row.add(translate.apply(Boolean.TRUE.equals(college.majorityMet()) ? "motion.result.yes" : "motion.result.no"));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Ranked ballots: how many preferred the row's option to the column's (Schulze's pairwise table). */
    public static Table pairwise(SessionResult result, Function<String, String> translate) {
        List<String> labels = new ArrayList<>(result.optionLabels().values());
        List<String> header = new ArrayList<>();
        header.add(translate.apply("motion.result.pairwiseCorner"));
        header.addAll(labels);
        List<List<String>> rows = new ArrayList<>();
        int[][] preferred = result.tally().pairwise();
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
