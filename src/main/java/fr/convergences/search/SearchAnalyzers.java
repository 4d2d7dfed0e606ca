package fr.convergences.search;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two analyzers of the index: one for documents, one for queries with the synonym list. The list
 * is the editable file named by {@code convergences.search.synonyms}, or the copy shipped in the jar.
 */
@Singleton
public class SearchAnalyzers {

    static final String SHIPPED_SYNONYMS = "search/synonyms-fr.txt";

    private final FrenchAnalyzer indexing = FrenchAnalyzer.forIndexing();
    private final FrenchAnalyzer queries;

    public SearchAnalyzers(@Value("${convergences.search.synonyms:}") String synonymFile) {
        try (Reader rules = synonymFile.isBlank()
                ? shipped()
                : Files.newBufferedReader(Path.of(synonymFile), StandardCharsets.UTF_8)) {
            this.queries = FrenchAnalyzer.forQueries(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("The synonym list " + synonymFile + " cannot be read", e);
        }
    }

    /** With the synonym list shipped in the jar: for tests and tools that build their own index. */
    public static SearchAnalyzers shippedSynonyms() {
        return new SearchAnalyzers("");
    }

    private static Reader shipped() {
        InputStream in = SearchAnalyzers.class.getClassLoader().getResourceAsStream(SHIPPED_SYNONYMS);
        if (in == null) {
            throw new IllegalStateException(SHIPPED_SYNONYMS + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public FrenchAnalyzer indexing() {
        return indexing;
    }

    public FrenchAnalyzer queries() {
        return queries;
    }
}
