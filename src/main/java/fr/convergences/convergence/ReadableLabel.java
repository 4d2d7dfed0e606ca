package fr.convergences.convergence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A label people can read: a short phrase in the members' own words rather than the engine's stems ("Tôt enfants").
 * The candidates are the most representative member's title and the clauses of its text; the one that holds most of
 * the group's key terms wins (the shorter on a tie), without the openings that say nothing ("Il faut", "Je propose
 * de"), trimmed at a word to {@link #MAX_LENGTH} characters. Without a clause holding a key term, the engine's label stays.
 */
final class ReadableLabel {

    static final int MAX_LENGTH = 80;
    private static final int MIN_WORDS = 2;
    private static final Pattern CLAUSES =
            Pattern.compile("[.!?;:\\n]+|\\s[-–—]\\s|,\\s+(?:et\\s+)?(?=(?:car|mais|parce|afin|donc)\\b)");
    private static final Pattern OPENING = Pattern.compile(
            "^(?:(?:je|nous)\\s+(?:pense|pensons|propose|proposons|souhaite|souhaitons|demande|demandons"
                    + "|voudrais|voudrions|suggère|suggérons)\\s+(?:qu['’]il\\s+(?:faut|faudrait)\\s+|qu['’]on\\s+|que\\s+|de\\s+|d['’])?"
                    + "|il\\s+(?:faut|faudrait|serait\\s+(?:bien|bon|utile|nécessaire)\\s+(?:de|d['’]))\\s*|on\\s+(?:doit|devrait)\\s+|pourquoi\\s+ne\\s+pas\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReadableLabel() {}

    /** The label, or {@code fallback} (the engine's) when no clause of the member holds a key term. */
    static String of(@Nullable String title, String text, List<String> terms, String fallback) {
        Set<String> keys = terms.stream().map(ReadableLabel::fold).collect(Collectors.toSet());
        List<String> candidates = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            candidates.add(title);
        }
        if (text != null) {
            candidates.addAll(List.of(CLAUSES.split(text)));
        }
        String best = null;
        int bestScore = 0;
        for (String candidate : candidates) {
            String clause = OPENING.matcher(candidate.strip()).replaceFirst("").strip();
            List<String> words = words(clause);
            if (words.size() < MIN_WORDS) {
                continue;
            }
            int score = (int) words.stream()
                    .map(ReadableLabel::fold)
                    .distinct()
                    .filter(keys::contains)
                    .count();
            if (score > bestScore
                    || (score == bestScore && score > 0 && best != null && clause.length() < best.length())) {
                best = clause;
                bestScore = score;
            }
        }
        return best == null ? fallback : trimmed(best);
    }

    private static String trimmed(String clause) {
        String text = clause.replaceAll("\\s+", " ")
                .replaceAll("[\\s,;:.!?…«»\"“”]+$", "")
                .replaceAll("^[\\s,;:.«»\"“”-]+", "");
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
            text = text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1)
                            .replaceAll("[\\s,;:]+$", "") + "…";
        }
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    private static List<String> words(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
