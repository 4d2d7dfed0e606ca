package fr.convergences.convergence.engine;

import fr.convergences.search.FrenchAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text into terms, each with the word it was read from (for readable labels). Words go through the
 * search feature's French analysis, so that the engine and the search agree on what a word is.
 */
final class TextAnalysis {

    /** The synonym list shipped with the search feature: the same health vocabulary as the search page. */
    static final String SHIPPED_SYNONYMS = "search/synonyms-fr.txt";

    /** A term and its surface word as written (no elided article). */
    record Token(String term, String surface) {}

    private static final Pattern ELISION =
            Pattern.compile("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int NGRAM = 4;
    private static final CharArraySet STOP_WORDS = org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet();

    /** The words as written (no synonyms): labels are made of what people wrote. */
    private final Analyzer plainWords = FrenchAnalyzer.forIndexing();
    /** The analysis that makes the vectors' terms, or null for character n-grams. */
    private final @Nullable Analyzer vectorWords;

    private TextAnalysis(@Nullable Analyzer vectorWords) {
        this.vectorWords = vectorWords;
    }

    static TextAnalysis words(boolean synonyms) {
        return new TextAnalysis(synonyms ? FrenchAnalyzer.forQueries(shippedSynonyms()) : FrenchAnalyzer.forIndexing());
    }

    static TextAnalysis characterNgrams() {
        return new TextAnalysis(null);
    }

    static TextAnalysis of(Representation representation) {
        return switch (representation) {
            case WORDS, LATENT_SEMANTIC -> words(false);
            case WORDS_AND_SYNONYMS -> words(true);
            case CHARACTER_NGRAMS -> characterNgrams();
        };
    }

    /** The terms of a text, in reading order (a synonym's term follows the word it was injected for). */
    List<String> analyze(String text) {
        Analyzer analyzer = vectorWords;
        return analyzer == null ? ngrams(text) : terms(analyzer, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return terms;
    }

    /**
     * The words of a text as written, through the French analysis without synonyms (labels need words): every term
     * comes from a word of the text, so every token has its surface.
     */
    List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = plainWords.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = ELISION.matcher(text.substring(offset.startOffset(), offset.endOffset()))
                        .replaceFirst("");
                tokens.add(new Token(term.toString(), surface));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return tokens;
    }

    /**
     * Character 4-grams inside each folded word of three letters or more that is not a stop word, the word padded
     * with a boundary mark ("_rel", "relo", …, "ser_"). 4-grams alone measured as well as 3- to 5-grams on the
     * development part, with a third of the terms.
     */
    private static List<String> ngrams(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> ngrams = new ArrayList<>();
        for (String word : NOT_A_LETTER.split(folded)) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            String padded = "_" + word + "_";
            for (int start = 0; start + NGRAM <= padded.length(); start++) {
                ngrams.add(padded.substring(start, start + NGRAM));
            }
        }
        return ngrams;
    }

    static Reader shippedSynonyms() {
        InputStream in = TextAnalysis.class.getClassLoader().getResourceAsStream(SHIPPED_SYNONYMS);
        if (in == null) {
            throw new IllegalStateException(SHIPPED_SYNONYMS + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
