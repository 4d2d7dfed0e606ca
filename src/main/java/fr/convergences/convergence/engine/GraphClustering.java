package fr.convergences.convergence.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Groups documents along the edges of their neighbour graph. */
final class GraphClustering {

    private GraphClustering() {}

    /** The groups of two documents or more, each sorted by document index, in order of their first document. */
    static List<int[]> cluster(SparseVector[] vectors, NeighbourGraph graph, Linkage linkage, double threshold) {
        return switch (linkage) {
            case AVERAGE -> averageLink(vectors, graph, threshold);
            case SINGLE -> singleLink(graph, threshold);
        };
    }

    /**
     * Agglomerative clustering with average link (UPGMA), restricted to groups joined by a neighbour edge. The mean
     * similarity of all cross pairs of two groups A and B is exact and cheap: (ΣA · ΣB) / (|A| |B|), with ΣA the sum of
     * A's unit vectors. The mean of a merged group with a third one lies between the two means it replaces, so a queued
     * mean is an upper bound of the current one: a queue entry whose groups have changed since is recomputed when it
     * comes out (lazily), not at every merge. Merging stops when no connected pair reaches the threshold. Ties break on
     * the lowest indices, so the result depends on the input only.
     */
    private static List<int[]> averageLink(SparseVector[] vectors, NeighbourGraph graph, double threshold) {
        int n = vectors.length;
        SparseVector[] sums = vectors.clone();
        int[] sizes = new int[n];
        int[] versions = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = 1;
            parent[i] = i;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            int[] neighbours = graph.neighbours()[i];
            for (int e = 0; e < neighbours.length; e++) {
                int j = neighbours[e];
                double similarity = graph.similarities()[i][e];
                // each edge once: from the lower index, or from the higher one when the lower did not list it
                if (similarity >= threshold && (i < j || !lists(graph, j, i))) {
                    queue.add(new Candidate(similarity, Math.min(i, j), Math.max(i, j), 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate entry = queue.poll();
            int a = find(parent, entry.a());
            int b = find(parent, entry.b());
            if (a == b) {
                continue;
            }
            if (a > b) {
                int swap = a;
                a = b;
                b = swap;
            }
            boolean current = a == entry.a()
                    && b == entry.b()
                    && versions[a] == entry.versionA()
                    && versions[b] == entry.versionB();
            if (!current) {
                double mean = sums[a].dot(sums[b]) / ((double) sizes[a] * sizes[b]);
                if (mean >= threshold) {
                    queue.add(new Candidate(mean, a, b, versions[a], versions[b]));
                }
                continue;
            }
            parent[b] = a; // b joins a: the group keeps its lowest index
            sums[a] = sums[a].plus(sums[b]);
            sums[b] = SparseVector.EMPTY; // b is no group's root any more: free its sum
            sizes[a] += sizes[b];
            versions[a]++;
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return groups(parent);
    }

    private static boolean lists(NeighbourGraph graph, int from, int to) {
        for (int neighbour : graph.neighbours()[from]) {
            if (neighbour == to) {
                return true;
            }
        }
        return false;
    }

    /** Connected components of the edges whose similarity reaches the threshold. */
    private static List<int[]> singleLink(NeighbourGraph graph, double threshold) {
        int n = graph.neighbours().length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < graph.neighbours()[i].length; e++) {
                if (graph.similarities()[i][e] >= threshold) {
                    int rootA = find(parent, i);
                    int rootB = find(parent, graph.neighbours()[i][e]);
                    if (rootA != rootB) {
                        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return groups(parent);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static List<int[]> groups(int[] parent) {
        int n = parent.length;
        int[] root = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            root[i] = r;
            counts[r]++;
        }
        int[][] members = new int[n][];
        int[] filled = new int[n];
        List<int[]> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = root[i];
            if (counts[r] < 2) {
                continue;
            }
            if (members[r] == null) {
                members[r] = new int[counts[r]];
                result.add(members[r]);
            }
            members[r][filled[r]++] = i;
        }
        result.sort(Comparator.comparingInt(group -> group[0]));
        result.forEach(Arrays::sort);
        return result;
    }

    /** A queued pair of groups: highest mean first, then lowest indices. */
    private record Candidate(double mean, int a, int b, int versionA, int versionB) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            int byMean = Double.compare(other.mean, mean);
            if (byMean != 0) {
                return byMean;
            }
            return a != other.a ? Integer.compare(a, other.a) : Integer.compare(b, other.b);
        }
    }
}
