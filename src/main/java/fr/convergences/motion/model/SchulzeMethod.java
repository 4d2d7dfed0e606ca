package fr.convergences.motion.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The Schulze method, a Condorcet method for ranked ballots. d[i][j] counts the voters who prefer option
 * i to option j (a ranked option is preferred to every unranked one; unranked options are tied). The
 * strength of a path is its weakest link, where a link i→j exists when d[i][j] > d[j][i]; p[i][j] is the
 * strongest path from i to j. The winners are the options i with p[i][j] ≥ p[j][i] against every j:
 * usually one, several only on an exact tie. Blank ballots count for nothing.
 */
public final class SchulzeMethod {

    private SchulzeMethod() {}

    public record Result(List<Long> options, int[][] pairwise, int[][] strongestPaths, List<Long> winners) {}

    public static Result count(List<Long> options, Iterable<BallotChoice.Ranking> ballots) {
        int n = options.size();
        int[][] d = new int[n][n];
        // A handful of options: a linear search in a primitive array beats hashing boxed ids.
        long[] ids = options.stream().mapToLong(Long::longValue).toArray();
        int[] position = new int[n];
        for (BallotChoice.Ranking ballot : ballots) {
            if (ballot.isBlank()) {
                continue;
            }
            java.util.Arrays.fill(position, n);
            List<Long> order = ballot.order();
            for (int rank = 0; rank < order.size(); rank++) {
                long id = order.get(rank);
                int option = 0;
                while (ids[option] != id) {
                    option++;
                }
                position[option] = rank;
            }
            for (int i = 0; i < n; i++) {
                int pi = position[i];
                for (int j = i + 1; j < n; j++) {
                    int pj = position[j];
                    if (pi < pj) {
                        d[i][j]++;
                    } else if (pj < pi) {
                        d[j][i]++;
                    }
                }
            }
        }
        return fromPairwise(options, d);
    }

    /** The strongest paths and winners from a pairwise table (also used by the verification). */
    public static Result fromPairwise(List<Long> options, int[][] d) {
        int n = options.size();
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    p[i][j] = d[i][j] > d[j][i] ? d[i][j] : 0;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (i == k) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j != i && j != k) {
                        p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
                    }
                }
            }
        }
        List<Long> winners = new ArrayList<>();
        boolean anyPreference = false;
        for (int i = 0; i < n; i++) {
            boolean wins = true;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    anyPreference |= d[i][j] > 0;
                    if (p[j][i] > p[i][j]) {
                        wins = false;
                    }
                }
            }
            if (wins) {
                winners.add(options.get(i));
            }
        }
        return new Result(List.copyOf(options), d, p, anyPreference ? List.copyOf(winners) : List.of());
    }
}
