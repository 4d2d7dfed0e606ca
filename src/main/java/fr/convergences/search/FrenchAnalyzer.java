package fr.convergences.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;

/**
 * The French analysis of contributions. The same chain reads documents and queries, so that what a
 * resident types meets what another wrote; queries alone also expand health synonyms, last, on the
 * stemmed and folded words, so that one rule serves every spelling ("désert médical", "déserts
 * médicaux", "deserts medicaux"). Not Lucene's own FrenchAnalyzer: that one uses no synonyms and folds nothing.
 */
public final class FrenchAnalyzer extends Analyzer {

    /** Null for documents (see {@link #forIndexing()}). */
    private final @Nullable SynonymMap synonyms;

    private FrenchAnalyzer(@Nullable SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * For documents: no synonyms. A multi-word synonym injected at index time would be flattened into
     * the positions of the text and break phrase queries, and every edit of the list would need a rebuild.
     */
    public static FrenchAnalyzer forIndexing() {
        return new FrenchAnalyzer(null);
    }

    /** For queries: the synonym graph expands "médecin traitant" into "généraliste" and back, at no index cost. */
    public static FrenchAnalyzer forQueries(Reader synonymRules) {
        return new FrenchAnalyzer(parse(synonymRules));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source =
                new StandardTokenizer(); // Unicode word boundaries (UAX #29): keeps "d’accès" together for the elision
        // filter
        TokenStream stream = new ElisionFilter(
                source,
                org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES); // l’, d’, qu’, j’… (both apostrophes)
        stream = new LowerCaseFilter(stream); // "EHPAD", "Ehpad" and "ehpad" are one word
        stream = new StopFilter(
                stream,
                org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet()); // le, de, pour… carry no meaning
        stream = new ClosePositionGaps(
                stream); // stop words leave no hole, so "maison de retraite" is one synonym rule and phrases agree
        stream = new FrenchLightStemFilter(
                stream); // light stemming: plurals and genders (hôpitaux → hôpital), not aggressive roots
        stream = new ASCIIFoldingFilter(
                stream); // accents folded after stemming: the stemmer's rules read accented endings
        if (synonyms != null) {
            // Health vocabulary, on the words as the index holds them: the rules were analysed by this same chain, so
            // plurals, genders and lost accents of a rule's words match without being listed. The index itself is
            // unchanged.
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The synonym rules are analysed by the chain up to the synonym filter (the documents' chain), as the query words are. */
    private static SynonymMap parse(Reader rules) {
        try (Analyzer indexed = forIndexing()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, indexed);
            parser.parse(rules);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid synonym rule: " + e.getMessage(), e);
        }
    }

    /** Every token follows the previous one: the words a stop filter removed leave no gap. */
    private static final class ClosePositionGaps extends TokenFilter {

        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosePositionGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
