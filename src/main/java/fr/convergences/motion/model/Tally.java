package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts a voting session with the named rules: quorum first (without it nothing is decided), then the
 * method — for/against under the majority rule (and in every college for a double majority), approvals,
 * or Schulze — and the tie rule for an equal split. Pure and in memory: the same code counts at close
 * and in the verification, from the published ballots.
 */
public final class Tally {

    private Tally() {}

    public static TallyResult count(TallyInput input) {
        int electorate = input.electorate();
        boolean quorum = QuorumPolicy.reached(input.rules().quorum(), input.presentOrRepresented(), electorate);
        List<Long> options = input.method().needsOptions() ? input.options() : List.of();
        Map<Long, Integer> optionIndex = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            optionIndex.put(options.get(i), i);
        }
        int width = input.method() == VotingMethod.FOR_AGAINST ? 3 : options.size();
        Map<Long, int[]> countsByCollege = new TreeMap<>();
        Map<Long, int[]> ballotsAndBlankByCollege = new TreeMap<>();
        input.electorateByCollege().keySet().forEach(college -> {
            countsByCollege.put(college, new int[width]);
            ballotsAndBlankByCollege.put(college, new int[2]);
        });
        int[] totals = new int[width];
        int blank = 0;
        List<BallotChoice.Approval> approvals = new ArrayList<>();
        List<BallotChoice.Ranking> rankings = new ArrayList<>();
        for (CountedBallot ballot : input.ballots()) {
            int[] college = countsByCollege.computeIfAbsent(ballot.collegeId(), id -> new int[width]);
            int[] ballotsAndBlank = ballotsAndBlankByCollege.computeIfAbsent(ballot.collegeId(), id -> new int[2]);
            ballotsAndBlank[0]++;
            if (ballot.choice().isBlank()) {
                ballotsAndBlank[1]++;
                blank++;
            }
            switch (ballot.choice()) {
                case BallotChoice.ForAgainst(Vote vote) -> {
                    college[vote.ordinal()]++;
                    totals[vote.ordinal()]++;
                }
                case BallotChoice.Approval approval -> {
                    approvals.add(approval);
                    for (Long option : approval.options()) {
                        college[index(optionIndex, option)]++;
                    }
                }
                case BallotChoice.Ranking ranking -> {
                    rankings.add(ranking);
                    if (!ranking.isBlank()) {
                        college[index(optionIndex, ranking.order().getFirst())]++;
                    }
                }
            }
        }
        Outcome outcome;
        Long winner = null;
        boolean castingVote = false;
        List<Integer> optionCounts = List.of();
        int[][] pairwise = null;
        int[][] strongest = null;
        Map<Long, Boolean> collegeMajorities = Map.of();
        switch (input.method()) {
            case FOR_AGAINST -> {
                int forVotes = totals[Vote.FOR.ordinal()];
                int against = totals[Vote.AGAINST.ordinal()];
                MajorityPolicy.Decision decision =
                        MajorityPolicy.decide(input.rules().majority(), forVotes, against, electorate);
                if (decision == MajorityPolicy.Decision.TIE) {
                    castingVote = input.rules().tieRule() == TieRule.CASTING_VOTE;
                    decision = TiePolicy.adoptedOnTie(input.rules().tieRule(), input.presidentChoice())
                            ? MajorityPolicy.Decision.ADOPTED
                            : MajorityPolicy.Decision.REJECTED;
                }
                if (input.rules().doubleMajority()) {
                    Map<Long, int[]> forAgainst = new TreeMap<>();
                    countsByCollege.forEach(
                            (college, counts) -> forAgainst.put(college, new int[] {counts[0], counts[1]}));
                    collegeMajorities = DoubleMajorityPolicy.byCollege(
                            input.rules().majority(), forAgainst, input.electorateByCollege());
                    if (!DoubleMajorityPolicy.everyCollege(collegeMajorities)) {
                        decision = MajorityPolicy.Decision.REJECTED;
                    }
                }
                outcome = decision == MajorityPolicy.Decision.ADOPTED ? Outcome.ADOPTED : Outcome.REJECTED;
            }
            case APPROVAL -> {
                ApprovalCount.Result result = ApprovalCount.count(options, approvals);
                optionCounts =
                        java.util.Arrays.stream(result.approvals()).boxed().toList();
                winner = settle(result.winners(), input);
                castingVote = result.winners().size() > 1 && winner != null;
                outcome = winner == null ? Outcome.REJECTED : Outcome.ADOPTED;
            }
            case RANKED -> {
                SchulzeMethod.Result result = SchulzeMethod.count(options, rankings);
                pairwise = result.pairwise();
                strongest = result.strongestPaths();
                optionCounts = firstPreferences(countsByCollege, options.size());
                winner = settle(result.winners(), input);
                castingVote = result.winners().size() > 1 && winner != null;
                outcome = winner == null ? Outcome.REJECTED : Outcome.ADOPTED;
            }
            default -> throw new IllegalStateException();
        }
        if (!quorum) {
            outcome = Outcome.NO_QUORUM;
            winner = null;
            castingVote = false;
        }
        List<TallyResult.CollegeCount> colleges = new ArrayList<>();
        for (Map.Entry<Long, int[]> entry : countsByCollege.entrySet()) {
            int[] ballotsAndBlank = Objects.requireNonNull(
                    ballotsAndBlankByCollege.get(entry.getKey()), "both maps are filled for the same colleges");
            colleges.add(new TallyResult.CollegeCount(
                    entry.getKey(),
                    input.electorateByCollege().getOrDefault(entry.getKey(), 0),
                    ballotsAndBlank[0],
                    java.util.Arrays.stream(entry.getValue()).boxed().toList(),
                    ballotsAndBlank[1],
                    collegeMajorities.get(entry.getKey())));
        }
        boolean forAgainst = input.method() == VotingMethod.FOR_AGAINST;
        return new TallyResult(
                outcome,
                electorate,
                input.presentOrRepresented(),
                quorum,
                input.ballots().size(),
                forAgainst ? totals[0] : 0,
                forAgainst ? totals[1] : 0,
                forAgainst ? totals[2] : blank,
                colleges,
                options,
                optionCounts,
                pairwise,
                strongest,
                winner,
                castingVote);
    }

    private static @Nullable Long settle(List<Long> winners, TallyInput input) {
        if (winners.size() == 1) {
            return winners.getFirst();
        }
        if (winners.isEmpty()) {
            return null;
        }
        Optional<Long> chosen = TiePolicy.optionOnTie(input.rules().tieRule(), winners, input.presidentChoice());
        return chosen.orElse(null);
    }

    /** The option's column: a ballot names only the session's options (checked when cast and when verified). */
    private static int index(Map<Long, Integer> optionIndex, Long option) {
        return Objects.requireNonNull(optionIndex.get(option), "a ballot names only the session's options");
    }

    private static List<Integer> firstPreferences(Map<Long, int[]> byCollege, int options) {
        int[] sums = new int[options];
        byCollege.values().forEach(counts -> {
            for (int i = 0; i < options; i++) {
                sums[i] += counts[i];
            }
        });
        return java.util.Arrays.stream(sums).boxed().toList();
    }
}
