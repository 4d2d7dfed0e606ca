package fr.convergences.convergence.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The k nearest neighbours of every document, by cosine, through an inverted index of the vectors: only documents
 * that share a word are compared, never all pairs. Words found in a large share of the input (such as "faut") do not
 * propose candidates; the candidates' similarities are then computed exactly, with every word.
 */
record NeighbourGraph(int[][] neighbours, float[][] similarities) {

    /** Candidates scored exactly per document, as a multiple of k: the partial scores only rank them. */
    private static final int CANDIDATES_PER_NEIGHBOUR = 4;

    static NeighbourGraph of(SparseVector[] vectors, int dimensions, int k, double minimumSimilarity, int queryTerms) {
        int n = vectors.length;
        int maximumPosting = Math.max(200, n / 100);
        int[] lengths = new int[dimensions];
        for (SparseVector vector : vectors) {
            for (int term : vector.terms()) {
                lengths[term]++;
            }
        }
        int[][] postingDocuments = new int[dimensions][];
        float[][] postingWeights = new float[dimensions][];
        for (int t = 0; t < dimensions; t++) {
            if (lengths[t] <= maximumPosting) {
                postingDocuments[t] = new int[lengths[t]];
                postingWeights[t] = new float[lengths[t]];
            }
        }
        int[] filled = new int[dimensions];
        for (int d = 0; d < n; d++) {
            SparseVector vector = vectors[d];
            for (int i = 0; i < vector.size(); i++) {
                int term = vector.terms()[i];
                if (postingDocuments[term] != null) {
                    postingDocuments[term][filled[term]] = d;
                    postingWeights[term][filled[term]++] = vector.weights()[i];
                }
            }
        }
        int candidates = k * CANDIDATES_PER_NEIGHBOUR;
        ThreadLocal<float[]> scores = ThreadLocal.withInitial(() -> new float[n]);
        ThreadLocal<int[]> touched = ThreadLocal.withInitial(() -> new int[n]);
        // The document's weights spread over all dimensions: a candidate's exact cosine is one pass over its own terms.
        ThreadLocal<float[]> spread = ThreadLocal.withInitial(() -> new float[dimensions]);
        int[][] neighbours = new int[n][];
        float[][] similarities = new float[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            float[] score = scores.get();
            int[] seen = touched.get();
            int count = 0;
            SparseVector vector = vectors[d];
            float floor = weightFloor(vector, queryTerms);
            for (int i = 0; i < vector.size(); i++) {
                if (vector.weights()[i] < floor) {
                    continue; // as MoreLikeThis does, only the document's most telling terms look for candidates
                }
                int term = vector.terms()[i];
                int[] documents = postingDocuments[term];
                if (documents == null) {
                    continue;
                }
                float weight = vector.weights()[i];
                float[] weights = postingWeights[term];
                for (int p = 0; p < documents.length; p++) {
                    int other = documents[p];
                    if (other == d) {
                        continue;
                    }
                    if (score[other] == 0) {
                        seen[count++] = other;
                    }
                    score[other] += weight * weights[p];
                }
            }
            TopK shortlist = new TopK(candidates);
            for (int c = 0; c < count; c++) {
                int other = seen[c];
                if (score[other] > 0) {
                    shortlist.offer(other, score[other]);
                }
                score[other] = 0;
            }
            float[] dense = spread.get();
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.terms()[i]] = vector.weights()[i];
            }
            TopK best = new TopK(k);
            for (int other : shortlist.items()) {
                SparseVector candidate = vectors[other];
                double similarity = 0;
                for (int i = 0; i < candidate.size(); i++) {
                    similarity +=
                            (double) dense[candidate.terms()[i]] * candidate.weights()[i];
                }
                if (similarity >= minimumSimilarity) {
                    best.offer(other, (float) similarity);
                }
            }
            for (int i = 0; i < vector.size(); i++) {
                dense[vector.terms()[i]] = 0;
            }
            neighbours[d] = best.items();
            similarities[d] = best.values();
        });
        return new NeighbourGraph(neighbours, similarities);
    }

    /** The weight of the document's {@code queryTerms}-th heaviest term: lighter terms propose no candidate. */
    private static float weightFloor(SparseVector vector, int queryTerms) {
        if (vector.size() <= queryTerms) {
            return Float.NEGATIVE_INFINITY;
        }
        float[] sorted = vector.weights().clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length - queryTerms];
    }

    /** Brute force, for dense vectors of small inputs (the latent semantic candidate). */
    static NeighbourGraph exhaustive(SparseVector[] vectors, int k, double minimumSimilarity) {
        int n = vectors.length;
        int[][] neighbours = new int[n][];
        float[][] similarities = new float[n][];
        IntStream.range(0, n).parallel().forEach(d -> {
            TopK best = new TopK(k);
            for (int other = 0; other < n; other++) {
                if (other != d) {
                    double similarity = vectors[d].dot(vectors[other]);
                    if (similarity >= minimumSimilarity) {
                        best.offer(other, (float) similarity);
                    }
                }
            }
            neighbours[d] = best.items();
            similarities[d] = best.values();
        });
        return new NeighbourGraph(neighbours, similarities);
    }

    /** The k best (highest value, then lowest index) of a stream of offers: a small binary min-heap on arrays. */
    static final class TopK {
        private final int capacity;
        private final int[] items;
        private final float[] values;
        private int size;

        TopK(int capacity) {
            this.capacity = capacity;
            this.items = new int[capacity];
            this.values = new float[capacity];
        }

        void offer(int item, float value) {
            if (capacity == 0) {
                return;
            }
            if (size < capacity) {
                items[size] = item;
                values[size] = value;
                up(size++);
            } else if (better(item, value, items[0], values[0])) {
                items[0] = item;
                values[0] = value;
                down(0);
            }
        }

        private static boolean better(int item, float value, int otherItem, float otherValue) {
            return value > otherValue || (value == otherValue && item < otherItem);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (better(items[parent], values[parent], items[i], values[i])) {
                    swap(i, parent);
                    i = parent;
                } else {
                    return;
                }
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                int right = left + 1;
                int worst = i;
                if (left < size && better(items[worst], values[worst], items[left], values[left])) {
                    worst = left;
                }
                if (right < size && better(items[worst], values[worst], items[right], values[right])) {
                    worst = right;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int item = items[a];
            items[a] = items[b];
            items[b] = item;
            float value = values[a];
            values[a] = values[b];
            values[b] = value;
        }

        /** The kept items, best first. */
        int[] items() {
            Integer[] order = order();
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = items[order[i]];
            }
            return result;
        }

        float[] values() {
            Integer[] order = order();
            float[] result = new float[size];
            for (int i = 0; i < size; i++) {
                result[i] = values[order[i]];
            }
            return result;
        }

        private Integer[] order() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    (a, b) -> better(items[a], values[a], items[b], values[b]) ? -1 : (items[a] == items[b] ? 0 : 1));
            return order;
        }
    }
}
