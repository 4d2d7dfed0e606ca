package fr.convergences.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
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

/**
 * The query analysis as it was before issue 15 (synonyms matched on the surface words, before stemming, with the list
 * of 2026-11-24), kept only to measure the former search beside the current one in the same run
 * ({@link SearchQualityBenchmark}). The documents' analysis did not change.
 */
final class FormerQueryAnalysis extends Analyzer {

    static final String FORMER_SYNONYMS = "search/synonyms-fr-before-issue-15.txt";

    private final SynonymMap synonyms;

    FormerQueryAnalysis() throws Exception {
        try (Reader rules = new InputStreamReader(
                        Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(FORMER_SYNONYMS)),
                        StandardCharsets.UTF_8);
                Analyzer surface = new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        Tokenizer source = new StandardTokenizer();
                        return new TokenStreamComponents(source, surface(source));
                    }
                }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, surface);
            parser.parse(rules);
            synonyms = parser.build();
        }
    }

    private static TokenStream surface(Tokenizer source) {
        TokenStream stream = new ElisionFilter(source, org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
        return new ClosePositionGaps(stream);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new SynonymGraphFilter(surface(source), synonyms, true);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

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
