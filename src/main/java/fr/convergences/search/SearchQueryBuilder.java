package fr.convergences.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a person typed into a Lucene query that never fails. SimpleQueryParser ignores what it
 * cannot read (unbalanced quotes, stray syntax characters) instead of throwing, and only two operators
 * are kept: "…" for an exact phrase and | for "or". Whitespace is not an operator, so that the words
 * reach the analyzer together and multi-word synonyms ("médecin traitant") can match.
 */
final class SearchQueryBuilder {

    static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.OR_OPERATOR;
    /** Longer text is cut here, with a notice: no sensible query is longer, and each word costs a clause. */
    static final int MAX_LENGTH = 200;

    private SearchQueryBuilder() {}

    /** The query over title (weighted: a title says what the contribution is about) and body, or why there is none. */
    static Parsed parse(String typed, Analyzer analyzer) {
        return parse(typed, analyzer, analyzer);
    }

    /**
     * As {@link #parse(String, Analyzer)}, with the any-word fallback read by {@code wordsAnalyzer}: the documents'
     * analysis, without synonyms, so that "at least one of the words" means the words typed, not every word of every
     * synonym ("manque", "zone"…).
     */
    static Parsed parse(String typed, Analyzer analyzer, Analyzer wordsAnalyzer) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\p{Cntrl}", " ");
        boolean truncated = text.length() > MAX_LENGTH;
        if (truncated) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (text.isBlank()) {
            return new Parsed(null, null, "", false, Outcome.EMPTY);
        }
        // Every word (or its synonym) must be there: residents expect fewer, closer results as they add words.
        Query query = parser(analyzer, BooleanClause.Occur.MUST).parse(text);
        if (query == null || query instanceof MatchNoDocsQuery) {
            return new Parsed(null, null, text, truncated, Outcome.NO_WORDS);
        }
        // The typed words, any of them: what is searched when all of them together find nothing. Those with more of the
        // words score higher. Null when it would be the same query (one word without synonyms, or words already joined
        // by |).
        Query anyWords = parser(wordsAnalyzer, BooleanClause.Occur.SHOULD).parse(text);
        return new Parsed(
                query, anyWords == null || anyWords.equals(query) ? null : anyWords, text, truncated, Outcome.QUERY);
    }

    private static SimpleQueryParser parser(Analyzer analyzer, BooleanClause.Occur between) {
        SimpleQueryParser parser = new SimpleQueryParser(
                analyzer, Map.of(ContributionDocument.TITLE, 2f, ContributionDocument.BODY, 1f), OPERATORS);
        parser.setDefaultOperator(between);
        // A synonym of several words is searched as a phrase: "médecines naturelles" must not match a text that speaks
        // of doctors ("médecins") and of something natural, nor "santé mentale" one with a "charge mentale" and
        // "santé".
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return parser;
    }

    enum Outcome {
        QUERY,
        EMPTY,
        NO_WORDS
    }

    /**
     * The parsed query (null unless the outcome is QUERY), its any-word fallback (null when there is none), the text
     * actually searched, and whether it was cut.
     */
    record Parsed(@Nullable Query query, @Nullable Query anyWords, String text, boolean truncated, Outcome outcome) {}
}
