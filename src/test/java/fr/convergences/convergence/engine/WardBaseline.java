package fr.convergences.convergence.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline that issue 12 names for proposed themes: TF-IDF vectors (words through the French analysis, the shipped
 * corpus's statistics, as the engine's word representation) and Ward's agglomerative clustering cut at the true number
 * of groups, which the engine is never told. Exact Ward (nearest-neighbour chain, Lance–Williams updates on squared
 * Euclidean distances): quadratic, for labelled sets of a few hundred items only.
 */
public final class WardBaseline {

    private WardBaseline() {}

    /** Document id to group ("w-1"…) for {@code groups} groups. */
    public static Map<String, String> cluster(List<Document> documents, int groups) {
        List<String> texts =
                documents.stream().map(SimilarityGraphEngine::fullText).toList();
        VectorSpace space =
                VectorSpace.build(texts, TextAnalysis.words(false), BackgroundCorpus.statistics(Representation.WORDS));
        SparseVector[] vectors = space.vectors();
        int n = vectors.length;
        double[][] distance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // Unit vectors: |a − b|² = 2 − 2 a·b (an empty text is at distance 1 from everything, as far as
                // orthogonal)
                double d = vectors[i].size() == 0 || vectors[j].size() == 0
                        ? 1
                        : Math.max(0, 2 - 2 * vectors[i].dot(vectors[j]));
                distance[i][j] = d;
                distance[j][i] = d;
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        List<double[]> merges = new ArrayList<>(); // {survivor, absorbed, height}
        Deque<Integer> chain = new ArrayDeque<>();
        int remaining = n;
        while (remaining > 1) {
            if (chain.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    if (active[i]) {
                        chain.push(i);
                        break;
                    }
                }
            }
            int a = chain.pop();
            Integer previous = chain.peek();
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (i != a
                        && active[i]
                        && (distance[a][i] < best || (distance[a][i] == best && previous != null && i == previous))) {
                    nearest = i;
                    best = distance[a][i];
                }
            }
            if (previous != null && nearest == previous) {
                chain.pop();
                int survivor = Math.min(a, nearest);
                int absorbed = Math.max(a, nearest);
                merges.add(new double[] {survivor, absorbed, best});
                for (int k = 0; k < n; k++) {
                    if (active[k] && k != survivor && k != absorbed) {
                        double updated = ((size[survivor] + size[k]) * distance[survivor][k]
                                        + (size[absorbed] + size[k]) * distance[absorbed][k]
                                        - size[k] * best)
                                / (size[survivor] + size[absorbed] + size[k]);
                        distance[survivor][k] = updated;
                        distance[k][survivor] = updated;
                    }
                }
                size[survivor] += size[absorbed];
                active[absorbed] = false;
                remaining--;
            } else {
                chain.push(a);
                chain.push(nearest);
            }
        }
        // Ward is reducible: the merges in order of height are the dendrogram; cut it by replaying all but the last
        // ones.
        merges.sort(Comparator.comparingDouble(merge -> merge[2]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - Math.max(1, Math.min(groups, n)); m++) {
            parent[find(parent, (int) merges.get(m)[1])] = find(parent, (int) merges.get(m)[0]);
        }
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(documents.get(i).id(), "w-" + find(parent, i));
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
