package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Approval voting: each option gets one count per ballot approving it; the options with most approvals win (several only on a tie). */
public final class ApprovalCount {

    private ApprovalCount() {}

    public record Result(List<Long> options, int[] approvals, List<Long> winners) {}

    public static Result count(List<Long> options, Iterable<BallotChoice.Approval> ballots) {
        int[] approvals = new int[options.size()];
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i), i);
        }
        for (BallotChoice.Approval ballot : ballots) {
            for (Long option : ballot.options()) {
                approvals[Objects.requireNonNull(index.get(option), "a ballot approves only the session's options")]++;
            }
        }
        int best = 0;
        for (int count : approvals) {
            best = Math.max(best, count);
        }
        List<Long> winners = new ArrayList<>();
        for (int i = 0; i < approvals.length; i++) {
            if (best > 0 && approvals[i] == best) {
                winners.add(options.get(i));
            }
        }
        return new Result(List.copyOf(options), approvals, List.copyOf(winners));
    }
}
