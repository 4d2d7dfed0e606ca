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

    /** How the group's members use one term: gathered once, so that scoring and naming look nothing up. */
    private static final class Use {
        /** How many members use the term. */
        private int members;
        /** The sum, over those members, of the term's first position relative to the member's length (0 to 1). */
        private double positions;
        /** How many times each written form stands for the term. */
        private final Map<String, Integer> surfaces = new HashMap<>();

        String surface() {
            return Labeller.surface(surfaces);
        }
    }

    private record Scored(String term, Use use, double score) {}

    /** The label of the group whose members (document indices) are given most representative first. */
    Label label(int[] members) {
        Map<String, Use> uses = new LinkedHashMap<>(); // in order of first use: the scores' ties stay stable
        for (int member : members) {
            List<TextAnalysis.Token> tokens = words.get(member);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                TextAnalysis.Token token = tokens.get(i);
                Use use = uses.computeIfAbsent(token.term(), t -> new Use());
                use.surfaces.merge(token.surface(), 1, Integer::sum);
                if (seen.add(token.term())) {
                    use.members++;
                    use.positions += (double) i / Math.max(1, tokens.size() - 1);
                }
            }
        }
        // A group is named by what its members say together: a word of one member alone describes that member.
        List<Scored> scored = scored(uses, members.length < 2 ? 1 : 2, true);
        if (scored.isEmpty()) {
            scored = scored(uses, 1, true);
        }
        if (scored.isEmpty()) {
            scored = scored(uses, 1, false); // only common words: better those than no label
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term));
        List<String> terms = new ArrayList<>();
        List<Scored> labelTerms = new ArrayList<>();
        for (Scored entry : scored) {
            String surface = entry.use().surface();
            if (terms.size() < KEY_TERMS && !terms.contains(surface)) {
                terms.add(surface);
            }
            if (labelTerms.size() < LABEL_WORDS
                    && entry.score() >= LABEL_WORD_SHARE * scored.get(0).score()) {
                labelTerms.add(entry);
            }
        }
        labelTerms.sort(Comparator.comparingDouble(entry -> entry.use().positions / entry.use().members));
        List<String> labelWords = new ArrayList<>();
        for (Scored entry : labelTerms) {
            String surface = entry.use().surface();
            if (!labelWords.contains(surface)) {
                labelWords.add(surface);
            }
        }
        String label = String.join(" ", labelWords);
        return new Label(
                label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.FRENCH) + label.substring(1), terms);
    }

    private List<Scored> scored(Map<String, Use> uses, int shared, boolean distinctiveOnly) {
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Use> entry : uses.entrySet()) {
            String term = entry.getKey();
            Use use = entry.getValue();
            int frequency = inputFrequencies.getOrDefault(term, 0) + background.frequency(term);
            if (use.members < shared
                    || (distinctiveOnly
                            && (frequency > COMMON_WORD_SHARE * totalDocuments
                                    || FUNCTION_WORDS.contains(use.surface().toLowerCase(Locale.FRENCH))))) {
                continue;
            }
            scored.add(new Scored(term, use, use.members * (double) VectorSpace.idf(totalDocuments, frequency)));
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
