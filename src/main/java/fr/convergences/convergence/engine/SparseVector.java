package fr.convergences.convergence.engine;

import java.util.Arrays;

/** A sparse vector: term ids in increasing order and their weights. Sums of vectors represent groups. */
record SparseVector(int[] terms, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return terms.length;
    }

    double dot(SparseVector other) {
        // A group's sum vector can hold thousands of terms: look a short vector's terms up in it instead of walking
        // both.
        if (terms.length * 16 < other.terms.length) {
            return lookUp(this, other);
        }
        if (other.terms.length * 16 < terms.length) {
            return lookUp(other, this);
        }
        int[] a = terms;
        int[] b = other.terms;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static double lookUp(SparseVector small, SparseVector large) {
        double sum = 0;
        int from = 0;
        for (int i = 0; i < small.terms.length && from < large.terms.length; i++) {
            int at = Arrays.binarySearch(large.terms, from, large.terms.length, small.terms[i]);
            if (at >= 0) {
                sum += (double) small.weights[i] * large.weights[at];
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return sum;
    }

    double squaredNorm() {
        double sum = 0;
        for (float weight : weights) {
            sum += (double) weight * weight;
        }
        return sum;
    }

    SparseVector plus(SparseVector other) {
        int[] a = terms;
        int[] b = other.terms;
        int[] outTerms = new int[a.length + b.length];
        float[] outWeights = new float[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                outTerms[k] = a[i];
                outWeights[k++] = weights[i++];
            } else if (i == a.length || b[j] < a[i]) {
                outTerms[k] = b[j];
                outWeights[k++] = other.weights[j++];
            } else {
                outTerms[k] = a[i];
                outWeights[k++] = weights[i++] + other.weights[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(outTerms, k), Arrays.copyOf(outWeights, k));
    }

    /** A unit vector from unsorted term ids and weights (duplicates are not allowed). */
    static SparseVector normalised(int[] terms, float[] weights) {
        int n = terms.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(terms[x], terms[y]));
        double norm = 0;
        for (float weight : weights) {
            norm += (double) weight * weight;
        }
        norm = Math.sqrt(norm);
        int[] sortedTerms = new int[n];
        float[] sortedWeights = new float[n];
        for (int i = 0; i < n; i++) {
            sortedTerms[i] = terms[order[i]];
            sortedWeights[i] = norm == 0 ? 0 : (float) (weights[order[i]] / norm);
        }
        return new SparseVector(sortedTerms, sortedWeights);
    }
}
