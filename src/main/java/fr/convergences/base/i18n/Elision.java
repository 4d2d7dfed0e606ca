package fr.convergences.base.i18n;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * French elides "de" and "le" before a word that begins with a vowel sound: "la procuration d’Inès", "d’Hélène",
 * "de Paul". A message cannot see the first letter of a name, so the caller passes this policy's keyword and the
 * message selects on it: {@code {1, select, vowel {d’} other {de }}{0}}. English messages ignore it.
 */
public final class Elision {

    /** The keyword for a word that elides what comes before it. */
    public static final String VOWEL = "vowel";
    /** The keyword for any other word, and for no word at all. */
    public static final String OTHER = "other";

    private Elision() {}

    /** Vowels, y and h (names with an aspirated h are rare enough that the elided form reads better for most). */
    public static String keyword(@Nullable String word) {
        if (word == null || word.isBlank()) {
            return OTHER;
        }
        String first = Normalizer.normalize(word.strip().substring(0, 1), Normalizer.Form.NFD)
                .substring(0, 1)
                .toLowerCase(Locale.ROOT);
        return "aeiouyh".contains(first) ? VOWEL : OTHER;
    }
}
