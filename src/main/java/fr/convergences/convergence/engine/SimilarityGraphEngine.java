package fr.convergences.convergence.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The convergence engine: vectors of the texts (see {@link Representation}), the k nearest neighbours of each
 * document, groups grown along the neighbour edges ({@link Linkage}), then the source rule: a group becomes a
 * convergence only when at least two distinct sources voice it. Deterministic: no randomness but seeded, ties broken
 * on input order.
 */
public final class SimilarityGraphEngine implements ConvergenceEngine {

    /**
     * The engine's parameters.
     *
     * @param threshold         the mean similarity two groups need to merge (the linkage's stopping point)
     * @param neighbours        how many nearest neighbours each document links to
     * @param minimumSimilarity neighbours below this similarity are not linked at all
     * @param background        whether the shipped corpus adds to the input's word statistics
     */
    public record Settings(
            Representation representation,
            Linkage linkage,
            double threshold,
            int neighbours,
            double minimumSimilarity,
            boolean background) {

        public Settings {
            Objects.requireNonNull(representation);
            Objects.requireNonNull(linkage);
            if (neighbours < 1) {
                throw new IllegalArgumentException("neighbours must be positive");
            }
        }

        public Settings withThreshold(double value) {
            return new Settings(representation, linkage, value, neighbours, minimumSimilarity, background);
        }

        public Settings withRepresentation(Representation value) {
            return new Settings(value, linkage, threshold, neighbours, minimumSimilarity, background);
        }

        public Settings withLinkage(Linkage value) {
            return new Settings(representation, value, threshold, neighbours, minimumSimilarity, background);
        }

        public Settings withBackground(boolean value) {
            return new Settings(representation, linkage, threshold, neighbours, minimumSimilarity, value);
        }

        public Settings withNeighbours(int value) {
            return new Settings(representation, linkage, threshold, value, minimumSimilarity, background);
        }
    }

    /** How many of a document's heaviest terms look for its neighbours (as MoreLikeThis's maximum query terms). */
    private static final int WORD_QUERY_TERMS = 12;

    private static final int CHARACTER_QUERY_TERMS = 20;

    private final Settings settings;
    private final TextAnalysis analysis;
    private final TextAnalysis labelAnalysis;
    /** The model {@link #assign} built last, kept while the same clustering is given; null before the first. */
    private volatile @Nullable Prepared lastPrepared;

    public SimilarityGraphEngine(Settings settings) {
        this.settings = settings;
        this.analysis = TextAnalysis.of(settings.representation());
        this.labelAnalysis = settings.representation() == Representation.WORDS ? analysis : TextAnalysis.words(false);
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Clustering cluster(List<Document> documents) {
        requireDistinctIds(documents);
        if (documents.isEmpty()) {
            return new Clustering(List.of(), List.of());
        }
        List<String> texts =
                documents.stream().map(SimilarityGraphEngine::fullText).toList();
        Vectors built = vectors(texts);
        SparseVector[] vectors = built.vectors();
        NeighbourGraph graph = settings.representation() == Representation.LATENT_SEMANTIC
                ? NeighbourGraph.exhaustive(vectors, settings.neighbours(), edgeFloor())
                : NeighbourGraph.of(
                        vectors,
                        built.dimensions(),
                        settings.neighbours(),
                        edgeFloor(),
                        settings.representation() == Representation.CHARACTER_NGRAMS
                                ? CHARACTER_QUERY_TERMS
                                : WORD_QUERY_TERMS);
        List<int[]> groups = GraphClustering.cluster(vectors, graph, settings.linkage(), settings.threshold());
        Labeller labeller = new Labeller(texts, labelAnalysis, background(Representation.WORDS));
        boolean[] assigned = new boolean[documents.size()];
        List<Convergence> convergences = new ArrayList<>();
        for (int[] group : groups) {
            if (distinctSources(documents, group) < 2) {
                continue;
            }
            convergences.add(convergence(documents, vectors, group, labeller));
            for (int member : group) {
                assigned[member] = true;
            }
        }
        convergences.sort(Comparator.comparingInt((Convergence c) -> c.members().size())
                .reversed()
                .thenComparing(Comparator.comparingDouble(Convergence::score).reversed())
                .thenComparing(Convergence::id));
        List<String> unassigned = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!assigned[i]) {
                unassigned.add(documents.get(i).id());
            }
        }
        return new Clustering(convergences, unassigned);
    }

    /**
     * Neighbours below the threshold are not linked: with average link, two groups joined only by weaker edges would
     * need their unlinked pairs to lift the mean above the threshold (it changed nothing on the development part), and the
     * weaker edges cost time in every merge.
     */
    private double edgeFloor() {
        return settings.linkage() == Linkage.AVERAGE
                ? Math.max(settings.minimumSimilarity(), settings.threshold())
                : settings.minimumSimilarity();
    }

    private record Vectors(SparseVector[] vectors, int dimensions) {}

    private Vectors vectors(List<String> texts) {
        VectorSpace space = VectorSpace.build(texts, analysis, background(settings.representation()));
        if (settings.representation() == Representation.LATENT_SEMANTIC) {
            LatentSemanticSpace latent =
                    LatentSemanticSpace.fit(space, BackgroundCorpus.statistics(Representation.WORDS));
            return new Vectors(latent.project(space), latent.dimensions());
        }
        return new Vectors(space.vectors(), space.dimensions());
    }

    private BackgroundCorpus.Statistics background(Representation representation) {
        Representation statistics =
                representation == Representation.LATENT_SEMANTIC ? Representation.WORDS : representation;
        return settings.background() ? BackgroundCorpus.statistics(statistics) : BackgroundCorpus.Statistics.NONE;
    }

    private Convergence convergence(List<Document> documents, SparseVector[] vectors, int[] group, Labeller labeller) {
        SparseVector sum = SparseVector.EMPTY;
        double squares = 0;
        for (int member : group) {
            sum = sum.plus(vectors[member]);
            squares += vectors[member].squaredNorm();
        }
        int m = group.length;
        // Mean similarity of all pairs: the sum's squared length counts every pair twice, plus each vector with itself.
        double cohesion = (sum.squaredNorm() - squares) / ((double) m * (m - 1));
        double[] representative = new double[m];
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            SparseVector vector = vectors[group[i]];
            representative[i] = (sum.dot(vector) - vector.squaredNorm()) / (m - 1);
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer i) -> -representative[i]).thenComparingInt(i -> i));
        int[] ordered = new int[m];
        List<String> members = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            ordered[i] = group[order[i]];
            members.add(documents.get(ordered[i]).id());
        }
        Labeller.Label label = labeller.label(ordered);
        return new Convergence(
                idOf(members),
                label.label(),
                label.terms(),
                members,
                distinctSources(documents, group),
                Math.round(cohesion * 1000) / 1000.0);
    }

    /** A document without a source is a source of its own. */
    static int distinctSources(List<Document> documents, int[] group) {
        Set<String> sources = new HashSet<>();
        for (int member : group) {
            Document document = documents.get(member);
            sources.add(
                    document.source() == null || document.source().isBlank()
                            ? "\u0000" + document.id()
                            : "source:" + document.source().strip());
        }
        return sources.size();
    }

    /** Derived from the sorted members: the same group keeps its id from one run to the next. */
    static String idOf(List<String> members) {
        List<String> sorted = new ArrayList<>(members);
        sorted.sort(null);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fullText(Document document) {
        return document.title() == null || document.title().isBlank()
                ? document.text()
                : document.title() + ". " + document.text();
    }

    private static void requireDistinctIds(List<Document> documents) {
        Set<String> ids = new HashSet<>();
        for (Document document : documents) {
            if (!ids.add(document.id())) {
                throw new IllegalArgumentException("Duplicate document id: " + document.id());
            }
        }
    }

    @Override
    public Optional<String> assign(Document document, Clustering existing, List<Document> existingDocuments) {
        Prepared prepared = lastPrepared;
        if (prepared == null || prepared.clustering != existing || prepared.documents != existingDocuments) {
            prepared = prepare(existing, existingDocuments);
            lastPrepared = prepared;
        }
        return prepared.assign(document);
    }

    /**
     * A model of a clustering for fast assignment of new documents: keep it while the clustering stands (the
     * application keeps one per consultation) and call {@link Prepared#assign} for each new contribution.
     */
    public Prepared prepare(Clustering existing, List<Document> existingDocuments) {
        return new Prepared(existing, existingDocuments);
    }

    /** A prepared clustering: the vector space of its documents and the sum vector of each convergence. */
    public final class Prepared {
        private final Clustering clustering;
        private final List<Document> documents;
        private final VectorSpace space;
        /** Null unless the representation is latent semantic. */
        private final @Nullable LatentSemanticSpace latent;

        private final SparseVector[] sums;
        private final int[] sizes;
        private final Map<Integer, int[]> convergencesByTerm = new HashMap<>();
        private final int maximumPosting;

        private Prepared(Clustering clustering, List<Document> documents) {
            this.clustering = clustering;
            this.documents = documents;
            List<String> texts =
                    documents.stream().map(SimilarityGraphEngine::fullText).toList();
            this.space = VectorSpace.build(texts, analysis, background(settings.representation()));
            this.latent = settings.representation() == Representation.LATENT_SEMANTIC
                    ? LatentSemanticSpace.fit(space, BackgroundCorpus.statistics(Representation.WORDS))
                    : null;
            SparseVector[] vectors = latent == null ? space.vectors() : latent.project(space);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                index.put(documents.get(i).id(), i);
            }
            List<Convergence> convergences = clustering.convergences();
            this.sums = new SparseVector[convergences.size()];
            this.sizes = new int[convergences.size()];
            Map<Integer, List<Integer>> byTerm = new HashMap<>();
            for (int c = 0; c < convergences.size(); c++) {
                SparseVector sum = SparseVector.EMPTY;
                for (String member : convergences.get(c).members()) {
                    Integer position = index.get(member);
                    if (position == null) {
                        throw new IllegalArgumentException(
                                "The clustering names a document that is not given: " + member);
                    }
                    sum = sum.plus(vectors[position]);
                }
                sums[c] = sum;
                sizes[c] = convergences.get(c).members().size();
                for (int term : sum.terms()) {
                    byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(c);
                }
            }
            this.maximumPosting = Math.max(200, documents.size() / 50);
            byTerm.forEach((term, list) -> convergencesByTerm.put(
                    term, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        /** The id of the convergence whose members the document resembles most, on average, if that reaches the threshold. */
        public Optional<String> assign(Document document) {
            SparseVector vector = space.vector(fullText(document));
            if (latent != null) {
                vector = latent.project(vector);
            }
            Set<Integer> candidates = new HashSet<>();
            for (int term : vector.terms()) {
                if (latent != null || space.inputFrequency(term) <= maximumPosting) {
                    int[] found = convergencesByTerm.get(term);
                    if (found != null) {
                        for (int c : found) {
                            candidates.add(c);
                        }
                    }
                }
            }
            int best = -1;
            double bestMean = settings.threshold();
            for (int c : candidates.stream().sorted().toList()) {
                double mean = vector.dot(sums[c]) / sizes[c];
                if (mean >= bestMean && (best < 0 || mean > bestMean)) {
                    best = c;
                    bestMean = mean;
                }
            }
            return best < 0
                    ? Optional.empty()
                    : Optional.of(clustering.convergences().get(best).id());
        }
    }
}
