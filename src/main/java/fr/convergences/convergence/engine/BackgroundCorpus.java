package fr.convergences.convergence.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Word statistics of the corpus shipped in the jar (18,690 real proposals, CC0), added to those of the input: a
 * consultation of fifty contributions cannot tell on its own which words are common, the shipped corpus can.
 * Read once per representation and kept; nothing is downloaded.
 */
final class BackgroundCorpus {

    static final String SHIPPED_CORPUS = "corpora/makeorg-monde-d-apres-2020.csv";

    /** How many background documents contain each term. */
    record Statistics(int documents, Map<String, Integer> documentFrequencies, List<String> texts) {
        static final Statistics NONE = new Statistics(0, Map.of(), List.of());

        int frequency(String term) {
            return documentFrequencies.getOrDefault(term, 0);
        }
    }

    private static final Map<Representation, Statistics> CACHE = new ConcurrentHashMap<>();
    /** Read on first use (double-checked in {@link #texts()}): null until then. */
    private static volatile @Nullable List<String> texts;

    private BackgroundCorpus() {}

    static Statistics statistics(Representation representation) {
        return CACHE.computeIfAbsent(representation, BackgroundCorpus::compute);
    }

    private static Statistics compute(Representation representation) {
        TextAnalysis analysis = TextAnalysis.of(representation);
        List<String> all = texts();
        Map<String, Integer> frequencies = new HashMap<>();
        for (String text : all) {
            Set<String> seen = new HashSet<>();
            for (String term : analysis.analyze(text)) {
                if (seen.add(term)) {
                    frequencies.merge(term, 1, Integer::sum);
                }
            }
        }
        return new Statistics(all.size(), Collections.unmodifiableMap(frequencies), all);
    }

    /** The shipped proposals' texts, in the file's order. */
    static List<String> texts() {
        List<String> loaded = texts;
        if (loaded == null) {
            synchronized (BackgroundCorpus.class) {
                loaded = texts;
                if (loaded == null) {
                    loaded = read();
                    texts = loaded;
                }
            }
        }
        return loaded;
    }

    private static List<String> read() {
        InputStream in = BackgroundCorpus.class.getClassLoader().getResourceAsStream(SHIPPED_CORPUS);
        if (in == null) {
            throw new IllegalStateException(SHIPPED_CORPUS + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<String> result = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String text = row.get("text").strip();
                if (!text.isEmpty()) {
                    result.add(text);
                }
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
