package fr.convergences.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.Map;

/**
 * Turns what a person typed into a Lucene query that never fails. SimpleQueryParser ignores what it
 * cannot read (unbalanced quotes, stray syntax characters) instead of throwing, and only two operators
 * are kept: "…" for an exact phrase and | for "or". Whitespace is not an operator, so that the words
 * reach the analyzer together and multi-word synonyms ("médecin traitant") can match.
 */
final class SearchQueries {

    static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.OR_OPERATOR;
    /** Longer text is cut here, with a notice: no sensible query is longer, and each word costs a clause. */
    static final int MAX_LENGTH = 200;

    private SearchQueries() {
    }

    /** The query over title (weighted: a title says what the contribution is about) and body, or why there is none. */
    static Parsed parse(String typed, Analyzer analyzer) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\p{Cntrl}", " ");
        boolean truncated = text.length() > MAX_LENGTH;
        if (truncated) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (text.isBlank()) {
            return new Parsed(null, "", false, Outcome.EMPTY);
        }
        Query query = parser(analyzer).parse(text);
        if (query == null || query instanceof MatchNoDocsQuery) {
            return new Parsed(null, text, truncated, Outcome.NO_WORDS);
        }
        return new Parsed(query, text, truncated, Outcome.QUERY);
    }

    private static SimpleQueryParser parser(Analyzer analyzer) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(ContributionDocument.TITLE, 2f, ContributionDocument.BODY, 1f), OPERATORS);
        // Every word (or its synonym) must be there: residents expect fewer, closer results as they add words.
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser;
    }

    enum Outcome { QUERY, EMPTY, NO_WORDS }

    /** The parsed query (null unless the outcome is QUERY), the text actually searched, and whether it was cut. */
    record Parsed(Query query, String text, boolean truncated, Outcome outcome) {
    }
}
