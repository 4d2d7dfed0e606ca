package fr.convergences.convergence.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors of documents: sublinear term frequency times BM25's inverse document frequency, counted over the
 * input and, when asked, the shipped corpus too; each vector has unit length, so a dot product is a cosine.
 */
final class VectorSpace {

    private final TextAnalysis analysis;
    private final BackgroundCorpus.Statistics background;
    private final Map<String, Integer> dictionary;
    private final List<String> termNames;
    private final int[] inputFrequencies;
    private final float[] idf;
    private final int totalDocuments;
    private final SparseVector[] vectors;

    private VectorSpace(
            TextAnalysis analysis,
            BackgroundCorpus.Statistics background,
            Map<String, Integer> dictionary,
            List<String> termNames,
            int[] inputFrequencies,
            float[] idf,
            int totalDocuments,
            SparseVector[] vectors) {
        this.analysis = analysis;
        this.background = background;
        this.dictionary = dictionary;
        this.termNames = termNames;
        this.inputFrequencies = inputFrequencies;
        this.idf = idf;
        this.totalDocuments = totalDocuments;
        this.vectors = vectors;
    }

    static VectorSpace build(List<String> texts, TextAnalysis analysis, BackgroundCorpus.Statistics background) {
        int n = texts.size();
        List<List<String>> tokens = IntStream.range(0, n)
                .parallel()
                .mapToObj(i -> analysis.analyze(texts.get(i)))
                .toList();
        // Term ids in order of first appearance: the same input always gives the same ids.
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> termNames = new ArrayList<>();
        List<int[]> termIds = new ArrayList<>(n);
        for (List<String> document : tokens) {
            int[] ids = new int[document.size()];
            for (int i = 0; i < ids.length; i++) {
                String term = document.get(i);
                Integer id = dictionary.get(term);
                if (id == null) {
                    id = termNames.size();
                    dictionary.put(term, id);
                    termNames.add(term);
                }
                ids[i] = id;
            }
            termIds.add(ids);
        }
        int[] inputFrequencies = new int[termNames.size()];
        int[][] distinct = new int[n][];
        int[][] counts = new int[n][];
        for (int d = 0; d < n; d++) {
            // Sorted term ids, then runs of equal ids: the distinct terms in increasing order and their counts.
            int[] ids = termIds.get(d);
            java.util.Arrays.sort(ids);
            int runs = 0;
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    runs++;
                }
            }
            distinct[d] = new int[runs];
            counts[d] = new int[runs];
            int r = -1;
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || ids[i] != ids[i - 1]) {
                    distinct[d][++r] = ids[i];
                    inputFrequencies[ids[i]]++;
                }
                counts[d][r]++;
            }
        }
        int total = n + background.documents();
        float[] idf = new float[termNames.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = idf(total, inputFrequencies[t] + background.frequency(termNames.get(t)));
        }
        SparseVector[] vectors = new SparseVector[n];
        for (int d = 0; d < n; d++) {
            float[] weights = new float[distinct[d].length];
            double squares = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) ((1 + Math.log(counts[d][i])) * idf[distinct[d][i]]);
                squares += (double) weights[i] * weights[i];
            }
            double norm = Math.sqrt(squares);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = norm == 0 ? 0 : (float) (weights[i] / norm);
            }
            vectors[d] = new SparseVector(distinct[d], weights);
        }
        return new VectorSpace(analysis, background, dictionary, termNames, inputFrequencies, idf, total, vectors);
    }

    /** BM25's inverse document frequency: never negative, close to zero for a word in every document ("faut"). */
    static float idf(int documents, int frequency) {
        return (float) Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    /** The unit vector of a new text in this space; its words unknown here weigh in its length but match nothing. */
    SparseVector vector(String text) {
        Map<Integer, Integer> known = new LinkedHashMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        for (String term : analysis.analyze(text)) {
            Integer id = dictionary.get(term);
            if (id == null) {
                unknown.merge(term, 1, Integer::sum);
            } else {
                known.merge(id, 1, Integer::sum);
            }
        }
        double unknownSquares = 0;
        for (Map.Entry<String, Integer> entry : unknown.entrySet()) {
            double weight = (1 + Math.log(entry.getValue()))
                    * idf(totalDocuments + 1, background.frequency(entry.getKey()) + 1);
            unknownSquares += weight * weight;
        }
        int[] terms = known.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] weights = new float[terms.length];
        double squares = unknownSquares;
        int i = 0;
        for (Map.Entry<Integer, Integer> entry : known.entrySet()) {
            weights[i] = (float) ((1 + Math.log(entry.getValue())) * idf[entry.getKey()]);
            squares += (double) weights[i] * weights[i];
            i++;
        }
        SparseVector unit = SparseVector.normalised(terms, weights);
        double scale = Math.sqrt(unit.squaredNorm() == 0 ? 0 : (squares - unknownSquares) / squares);
        for (int w = 0; w < unit.weights().length; w++) {
            unit.weights()[w] = (float) (unit.weights()[w] * scale);
        }
        return unit;
    }

    SparseVector[] vectors() {
        return vectors;
    }

    int dimensions() {
        return termNames.size();
    }

    int inputFrequency(int term) {
        return inputFrequencies[term];
    }

    int documents() {
        return vectors.length;
    }
}
