package fr.convergences.search;

import static fr.convergences.search.ContributionDocument.BODY;
import static fr.convergences.search.ContributionDocument.TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": the typed text with each word that no contribution contains replaced by the closest word that some
 * do (Lucene's DirectSpellChecker reads the index's own terms, so there is no dictionary to keep). The index holds
 * stemmed and folded terms ("psychiatr"), which are no words to show: the suggested term is turned back into a word
 * as a contribution wrote it, by re-analysing one contribution that contains it.
 */
final class SpellingSuggester {

    /** Shorter words are too easily one edit away from another word to be corrected with any confidence. */
    private static final int MIN_LENGTH = 4;
    /** No French word is longer; a longer "word" is a paste or a key held down, not a misspelling. */
    private static final int MAX_LENGTH = 40;

    private SpellingSuggester() {}

    /** The corrected text, or null when every word is known or none has a close neighbour. */
    static @Nullable String suggest(IndexSearcher searcher, Analyzer documentsAnalyzer, String typed)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker checker = new DirectSpellChecker();
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        for (Token token : tokens(documentsAnalyzer, typed)) {
            if (token.term().length() < MIN_LENGTH
                    || token.term().length() > MAX_LENGTH
                    || reader.docFreq(new Term(BODY, token.term())) > 0
                    || reader.docFreq(new Term(TITLE, token.term())) > 0) {
                continue;
            }
            SuggestWord[] found = checker.suggestSimilar(
                    new Term(BODY, token.term()), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            String word = found.length == 0 ? null : surfaceOf(searcher, documentsAnalyzer, found[0].string);
            if (word != null) {
                corrected.append(typed, copied, token.start()).append(word);
                copied = token.end();
                changed = true;
            }
        }
        return changed ? corrected.append(typed.substring(copied)).toString() : null;
    }

    /** The word, as written in the contribution that holds the term most often, that the analysis turns into the term. */
    private static @Nullable String surfaceOf(IndexSearcher searcher, Analyzer documentsAnalyzer, String term)
            throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(BODY, term)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document document = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(BODY));
        String text = document.get(BODY);
        for (Token token : tokens(documentsAnalyzer, text)) {
            if (token.term().equals(term)) {
                return text.substring(token.start(), token.end()).toLowerCase(Locale.FRENCH);
            }
        }
        return null;
    }

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // The elided article ("l’hopitl") stays as typed: only the word after it is replaced.
                int start = offset.startOffset();
                for (int i = offset.endOffset() - 1; i > start; i--) {
                    if (text.charAt(i) == '\'' || text.charAt(i) == '’') {
                        start = i + 1;
                        break;
                    }
                }
                tokens.add(new Token(term.toString(), start, offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }

    private record Token(String term, int start, int end) {}
}
