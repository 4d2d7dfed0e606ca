package fr.convergences.convergence.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Labels and key terms of a group: its most distinctive words (how many members use the word, times the word's
 * inverse document frequency), shown as people wrote them (the most frequent surface form of each stem), the label's
 * words in the order the members use them.
 */
final class Labeller {

    /** Words in more than this share of all documents ("faut", "plus") describe no group. */
    private static final double COMMON_WORD_SHARE = 0.2;

    private static final int LABEL_WORDS = 3;
    /** A word enters the label only when it is at least this distinctive compared with the group's first word. */
    private static final double LABEL_WORD_SHARE = 0.5;

    private static final int KEY_TERMS = 8;
    /**
     * Words that say nothing of a need, beyond the stop words the French analysis already removes: they may count in
     * similarity (as all words do) but never name a group.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "donc",
            "quand",
            "ceux",
            "celles",
            "celui",
            "celle",
            "cela",
            "ça",
            "ca",
            "aussi",
            "ainsi",
            "afin",
            "tout",
            "tous",
            "toute",
            "toutes",
            "très",
            "trop",
            "bien",
            "peut",
            "peuvent",
            "doit",
            "doivent",
            "faire",
            "fait",
            "plus",
            "moins",
            "chaque",
            "cette",
            "faut",
            "faudrait",
            "lors",
            "encore",
            "enfin",
            "vraiment",
            "etc",
            "comme",
            "entre",
            "sans",
            "vers",
            "chez",
            "selon",
            "depuis",
            "puis",
            "alors",
            "ici",
            "autre",
            "autres",
            "même",
            "déjà",
            "est",
            "sont",
            "contre",
            "pour",
            "avec",
            "notamment",
            "surtout",
            "beaucoup",
            "davantage",
            "maximum",
            "possible",
            "place",
            "mettre");

    private final List<List<TextAnalysis.Token>> words;
    private final Map<String, Integer> inputFrequencies = new HashMap<>();
    private final BackgroundCorpus.Statistics background;
    private final int totalDocuments;

    Labeller(List<String> texts, TextAnalysis analysis, BackgroundCorpus.Statistics background) {
        this.words = IntStream.range(0, texts.size())
                .parallel()
                .mapToObj(i -> analysis.words(texts.get(i)))
                .toList();
        this.background = background;
        this.totalDocuments = texts.size() + background.documents();
        for (List<TextAnalysis.Token> document : words) {
            Set<String> seen = new HashSet<>();
            for (TextAnalysis.Token token : document) {
                if (seen.add(token.term())) {
                    inputFrequencies.merge(token.term(), 1, Integer::sum);
                }
            }
        }
    }

    record Label(String label, List<String> terms) {}

    /** The label of the group whose members (document indices) are given most representative first. */
    Label label(int[] members) {
        Map<String, Integer> memberCounts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        Map<String, Double> positions = new HashMap<>();
        for (int member : members) {
            List<TextAnalysis.Token> tokens = words.get(member);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                TextAnalysis.Token token = tokens.get(i);
                surfaces.computeIfAbsent(token.term(), t -> new HashMap<>()).merge(token.surface(), 1, Integer::sum);
                if (seen.add(token.term())) {
                    memberCounts.merge(token.term(), 1, Integer::sum);
                    positions.merge(token.term(), (double) i / Math.max(1, tokens.size() - 1), Double::sum);
                }
            }
        }
        // A group is named by what its members say together: a word of one member alone describes that member.
        List<Map.Entry<String, Double>> scored = scored(memberCounts, surfaces, members.length < 2 ? 1 : 2, true);
        if (scored.isEmpty()) {
            scored = scored(memberCounts, surfaces, 1, true);
        }
        if (scored.isEmpty()) {
            scored = scored(memberCounts, surfaces, 1, false); // only common words: better those than no label
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> terms = new ArrayList<>();
        List<String> labelTerms = new ArrayList<>();
        for (Map.Entry<String, Double> entry : scored) {
            String surface = surface(surfaces.get(entry.getKey()));
            if (terms.size() < KEY_TERMS && !terms.contains(surface)) {
                terms.add(surface);
            }
            if (labelTerms.size() < LABEL_WORDS
                    && entry.getValue() >= LABEL_WORD_SHARE * scored.get(0).getValue()) {
                labelTerms.add(entry.getKey());
            }
        }
        labelTerms.sort(Comparator.comparingDouble(term -> positions.get(term) / memberCounts.get(term)));
        List<String> labelWords = new ArrayList<>();
        for (String term : labelTerms) {
            String surface = surface(surfaces.get(term));
            if (!labelWords.contains(surface)) {
                labelWords.add(surface);
            }
        }
        String label = String.join(" ", labelWords);
        return new Label(
                label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.FRENCH) + label.substring(1), terms);
    }

    private List<Map.Entry<String, Double>> scored(
            Map<String, Integer> memberCounts,
            Map<String, Map<String, Integer>> surfaces,
            int shared,
            boolean distinctiveOnly) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : memberCounts.entrySet()) {
            int frequency = inputFrequencies.getOrDefault(entry.getKey(), 0) + background.frequency(entry.getKey());
            if (entry.getValue() < shared
                    || (distinctiveOnly
                            && (frequency > COMMON_WORD_SHARE * totalDocuments
                                    || FUNCTION_WORDS.contains(surface(surfaces.get(entry.getKey()))
                                            .toLowerCase(Locale.FRENCH))))) {
                continue;
            }
            scored.add(
                    Map.entry(entry.getKey(), entry.getValue() * (double) VectorSpace.idf(totalDocuments, frequency)));
        }
        return scored;
    }

    /** The most frequent way the group writes a stem; an acronym keeps its capitals, other words are lower-cased. */
    private static String surface(Map<String, Integer> counts) {
        Map<String, Integer> folded = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        counts.forEach((written, count) -> {
            String lower = written.toLowerCase(Locale.FRENCH);
            folded.merge(lower, count, Integer::sum);
            boolean acronym = written.length() > 1 && written.equals(written.toUpperCase(Locale.FRENCH));
            shown.merge(lower, acronym ? written : lower, (kept, next) -> kept.equals(lower) ? next : kept);
        });
        return folded.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> entry.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> shown.get(entry.getKey()))
                .orElse("");
    }
}
