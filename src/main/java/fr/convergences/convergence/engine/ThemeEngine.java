package fr.convergences.convergence.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Themes: the coarse level above convergences, where every document has a place (one theme, or "Autres
 * propositions"). With themes given (a council's taxonomy), a document keeps the theme its contributor chose, and the
 * others go to the nearest theme centroid, a centroid being the theme's label and description plus the documents
 * placed there by choice; so the choices people made teach the engine the words of each theme. (Letting the centroids
 * also learn from the documents they drew, self-training, is kept as an option that was measured and not adopted: it
 * gained little on the development part and lost on the held-out part, docs/CONVERGENCES.md.) Without themes, the
 * engine proposes 5 to 15 by spherical k-means, seeded, so that the same input gives the same themes. Character 4-grams
 * with the shipped corpus's statistics, as the convergences, so that one vector space serves both levels.
 */
public final class ThemeEngine {

    /** The id of the explicit "Autres propositions" theme. */
    public static final String OTHER = "autres";
    /** Below this cosine to every centroid, a document shares next to nothing with any theme. */
    static final double OTHER_BELOW = 0.02;

    static final int FEWEST = 5;
    static final int MOST = 15;
    private static final int ITERATIONS = 12;
    /** The label and description weigh as much as this many chosen documents: enough to name an empty theme. */
    private static final double LABEL_WEIGHT = 3;

    private final int selfTrainingRounds;

    /** The engine as the platform and the {@code converge} command use it: the nearest centroid, no self-training. */
    public ThemeEngine() {
        this(0);
    }

    /**
     * An engine whose centroids, after the first placement, learn from the documents they drew for up to this many
     * rounds (it stops earlier when no document changes theme). Measured by {@code ThemeQualityBenchmark}; not the
     * platform's choice.
     */
    public ThemeEngine(int selfTrainingRounds) {
        if (selfTrainingRounds < 0) {
            throw new IllegalArgumentException("selfTrainingRounds < 0");
        }
        this.selfTrainingRounds = selfTrainingRounds;
    }

    /** A theme given by the council: its id, label and optional description. */
    public record ThemeSpec(
            String id, String label, @Nullable String description) {
        public ThemeSpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A theme as placed: its id (a given theme's, {@link #OTHER}, or "t-1"… for proposed ones), its label (given, or the
     * engine's words for proposed ones), its key terms, and its members, most representative first.
     */
    public record Theme(String id, String label, List<String> terms, List<String> members) {
        public Theme {
            terms = List.copyOf(terms);
            members = List.copyOf(members);
        }
    }

    private final TextAnalysis analysis = TextAnalysis.characterNgrams();
    private final TextAnalysis labelAnalysis = TextAnalysis.words(false);

    /**
     * Places every document under one of the given themes or under {@link #OTHER}. {@code fixed} maps a document id to
     * the theme its contributor (or a moderator) chose: that choice is kept and teaches the centroid.
     */
    public List<Theme> place(List<Document> documents, List<ThemeSpec> themes, Map<String, String> fixed) {
        Prepared prepared = prepare(documents, themes, fixed);
        List<List<String>> members = new ArrayList<>();
        for (int t = 0; t <= themes.size(); t++) {
            members.add(new ArrayList<>());
        }
        List<List<Double>> scores = new ArrayList<>();
        for (int t = 0; t <= themes.size(); t++) {
            scores.add(new ArrayList<>());
        }
        for (int d = 0; d < documents.size(); d++) {
            int theme = prepared.fixedTheme[d];
            double score = 1;
            if (theme < 0) {
                Best best = prepared.best(prepared.space.vectors()[d]);
                theme = best.theme() < 0 ? themes.size() : best.theme();
                score = best.score();
            }
            members.get(theme).add(documents.get(d).id());
            scores.get(theme).add(score);
        }
        List<Theme> placed = new ArrayList<>();
        for (int t = 0; t < themes.size(); t++) {
            placed.add(new Theme(
                    themes.get(t).id(), themes.get(t).label(), List.of(), ordered(members.get(t), scores.get(t))));
        }
        if (!members.get(themes.size()).isEmpty()) {
            placed.add(new Theme(OTHER, OTHER, List.of(), members.get(themes.size())));
        }
        return placed;
    }

    /** A model of the given themes, to place new documents one by one without placing the others again. */
    public Prepared prepare(List<Document> documents, List<ThemeSpec> themes, Map<String, String> fixed) {
        requireDistinctIds(documents);
        List<String> texts = new ArrayList<>(documents.size() + themes.size());
        documents.forEach(document -> texts.add(SimilarityGraphEngine.fullText(document)));
        themes.forEach(
                theme -> texts.add(theme.label() + (theme.description() == null ? "" : ". " + theme.description())));
        VectorSpace space =
                VectorSpace.build(texts, analysis, BackgroundCorpus.statistics(Representation.CHARACTER_NGRAMS));
        Map<String, Integer> themeIndex = new HashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            themeIndex.put(themes.get(t).id(), t);
        }
        int[] fixedTheme = new int[documents.size()];
        float[][] centroids = new float[themes.size()][space.dimensions()];
        SparseVector[] vectors = space.vectors();
        for (int t = 0; t < themes.size(); t++) {
            add(centroids[t], vectors[documents.size() + t], LABEL_WEIGHT);
        }
        for (int d = 0; d < documents.size(); d++) {
            String chosen = fixed.get(documents.get(d).id());
            Integer theme = chosen == null ? null : themeIndex.get(chosen);
            fixedTheme[d] = theme == null ? -1 : theme;
            if (theme != null) {
                add(centroids[theme], vectors[d], 1);
            }
        }
        for (float[] centroid : centroids) {
            normalise(centroid);
        }
        Prepared prepared = new Prepared(space, centroids, fixedTheme, themes);
        int[] drawn = new int[documents.size()];
        Arrays.fill(drawn, -1);
        for (int round = 0; round < selfTrainingRounds; round++) {
            // Each round: every document not chosen goes to its nearest centroid, then the centroids are rebuilt from
            // the labels, the chosen documents and the documents drawn; documents left to Autres propositions teach
            // nothing.
            Prepared current = prepared;
            int[] next = IntStream.range(0, documents.size())
                    .parallel()
                    .map(d -> fixedTheme[d] >= 0 ? -1 : current.best(vectors[d]).theme())
                    .toArray();
            if (Arrays.equals(next, drawn)) {
                break;
            }
            drawn = next;
            float[][] learnt = new float[themes.size()][space.dimensions()];
            for (int t = 0; t < themes.size(); t++) {
                add(learnt[t], vectors[documents.size() + t], LABEL_WEIGHT);
            }
            for (int d = 0; d < documents.size(); d++) {
                int theme = fixedTheme[d] >= 0 ? fixedTheme[d] : drawn[d];
                if (theme >= 0) {
                    add(learnt[theme], vectors[d], 1);
                }
            }
            for (float[] centroid : learnt) {
                normalise(centroid);
            }
            prepared = new Prepared(space, learnt, fixedTheme, themes);
        }
        return prepared;
    }

    /** Given themes as a model: place a new document in a few milliseconds. */
    public static final class Prepared {
        private final VectorSpace space;
        private final float[][] centroids;
        private final int[] fixedTheme;
        private final List<ThemeSpec> themes;

        private Prepared(VectorSpace space, float[][] centroids, int[] fixedTheme, List<ThemeSpec> themes) {
            this.space = space;
            this.centroids = centroids;
            this.fixedTheme = fixedTheme;
            this.themes = themes;
        }

        /** The id of the theme the document belongs under, or {@link #OTHER}. */
        public String place(Document document) {
            Best best = best(space.vector(SimilarityGraphEngine.fullText(document)));
            return best.theme() < 0 ? OTHER : themes.get(best.theme()).id();
        }

        private Best best(SparseVector vector) {
            int best = -1;
            double bestScore = OTHER_BELOW;
            for (int t = 0; t < centroids.length; t++) {
                double score = dot(vector, centroids[t]);
                if (score >= bestScore && (best < 0 || score > bestScore)) {
                    best = t;
                    bestScore = score;
                }
            }
            return new Best(best, bestScore);
        }
    }

    private record Best(int theme, double score) {}

    /**
     * Proposes themes for documents that have none: k between {@value #FEWEST} and {@value #MOST} (about the square
     * root of a quarter of the documents), spherical k-means seeded by k-means++ with a fixed seed, each theme named by
     * its most distinctive words. A document sharing next to nothing with its theme goes to {@link #OTHER}.
     */
    public List<Theme> propose(List<Document> documents) {
        requireDistinctIds(documents);
        int n = documents.size();
        if (n == 0) {
            return List.of();
        }
        List<String> texts =
                documents.stream().map(SimilarityGraphEngine::fullText).toList();
        VectorSpace space =
                VectorSpace.build(texts, analysis, BackgroundCorpus.statistics(Representation.CHARACTER_NGRAMS));
        SparseVector[] vectors = space.vectors();
        int k = Math.min(n, Math.max(FEWEST, Math.min(MOST, (int) Math.round(Math.sqrt(n / 4.0)))));
        float[][] centroids = seeds(vectors, space.dimensions(), k);
        int[] assignment = new int[n];
        double[] similarity = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            float[][] current = centroids;
            boolean[] changed = new boolean[1];
            int[] previous = assignment.clone();
            IntStream.range(0, n).parallel().forEach(d -> {
                int best = 0;
                double bestScore = -1;
                for (int c = 0; c < k; c++) {
                    double score = dot(vectors[d], current[c]);
                    if (score > bestScore) {
                        best = c;
                        bestScore = score;
                    }
                }
                assignment[d] = best;
                similarity[d] = bestScore;
            });
            for (int d = 0; d < n; d++) {
                if (previous[d] != assignment[d]) {
                    changed[0] = true;
                }
            }
            if (iteration > 0 && !changed[0]) {
                break;
            }
            float[][] next = new float[k][space.dimensions()];
            for (int d = 0; d < n; d++) {
                add(next[assignment[d]], vectors[d], 1);
            }
            for (int c = 0; c < k; c++) {
                if (isZero(next[c])) {
                    next[c] = current[c]; // an emptied theme keeps its place rather than vanish mid-way
                }
                normalise(next[c]);
            }
            centroids = next;
        }
        Labeller labeller = new Labeller(texts, labelAnalysis, BackgroundCorpus.statistics(Representation.WORDS));
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            groups.add(new ArrayList<>());
        }
        List<String> other = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            if (similarity[d] < OTHER_BELOW) {
                other.add(documents.get(d).id());
            } else {
                groups.get(assignment[d]).add(d);
            }
        }
        // Larger themes first; ties on the first member's input order, so that the numbering is stable.
        groups.removeIf(List::isEmpty);
        groups.forEach(group -> group.sort(
                Comparator.comparingDouble((Integer d) -> -similarity[d]).thenComparingInt(d -> d)));
        groups.sort(Comparator.comparingInt((List<Integer> group) -> -group.size())
                .thenComparingInt(group -> group.getFirst()));
        List<Theme> themes = new ArrayList<>();
        for (List<Integer> group : groups) {
            int[] members = group.stream().mapToInt(Integer::intValue).toArray();
            Labeller.Label label = labeller.label(members);
            themes.add(new Theme(
                    "t-" + (themes.size() + 1),
                    label.label(),
                    label.terms(),
                    group.stream().map(d -> documents.get(d).id()).toList()));
        }
        if (!other.isEmpty()) {
            themes.add(new Theme(OTHER, OTHER, List.of(), other));
        }
        return themes;
    }

    /** k-means++ seeding with a fixed seed: far-apart documents start the themes. */
    private static float[][] seeds(SparseVector[] vectors, int dimensions, int k) {
        Random random = new Random(20261207L);
        int n = vectors.length;
        float[][] centroids = new float[k][];
        double[] distance = new double[n];
        Arrays.fill(distance, Double.MAX_VALUE);
        int chosen = random.nextInt(n);
        Set<Integer> taken = new HashSet<>();
        for (int c = 0; c < k; c++) {
            taken.add(chosen);
            centroids[c] = new float[dimensions];
            add(centroids[c], vectors[chosen], 1);
            normalise(centroids[c]);
            float[] centroid = centroids[c];
            double total = 0;
            for (int d = 0; d < n; d++) {
                distance[d] = Math.min(distance[d], Math.max(0, 1 - dot(vectors[d], centroid)));
                total += distance[d] * distance[d];
            }
            if (c == k - 1) {
                break;
            }
            double target = random.nextDouble() * total;
            int next = -1;
            for (int d = 0; d < n; d++) {
                target -= distance[d] * distance[d];
                if (target <= 0 && !taken.contains(d)) {
                    next = d;
                    break;
                }
            }
            if (next < 0) {
                for (int d = 0; d < n && next < 0; d++) {
                    if (!taken.contains(d)) {
                        next = d;
                    }
                }
            }
            chosen = next;
        }
        return centroids;
    }

    private static List<String> ordered(List<String> ids, List<Double> scores) {
        Integer[] order = IntStream.range(0, ids.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order, Comparator.comparingDouble((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        return Arrays.stream(order).map(ids::get).toList();
    }

    static double dot(SparseVector vector, float[] dense) {
        double sum = 0;
        int[] terms = vector.terms();
        float[] weights = vector.weights();
        for (int i = 0; i < terms.length; i++) {
            sum += (double) weights[i] * dense[terms[i]];
        }
        return sum;
    }

    private static void add(float[] dense, SparseVector vector, double weight) {
        int[] terms = vector.terms();
        float[] weights = vector.weights();
        for (int i = 0; i < terms.length; i++) {
            dense[terms[i]] += (float) (weights[i] * weight);
        }
    }

    private static void normalise(float[] dense) {
        double squares = 0;
        for (float value : dense) {
            squares += (double) value * value;
        }
        if (squares == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < dense.length; i++) {
            dense[i] *= scale;
        }
    }

    private static boolean isZero(float[] dense) {
        for (float value : dense) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private static void requireDistinctIds(List<Document> documents) {
        Set<String> ids = new HashSet<>();
        for (Document document : documents) {
            if (!ids.add(document.id())) {
                throw new IllegalArgumentException("Duplicate document id: " + document.id());
            }
        }
    }
}
