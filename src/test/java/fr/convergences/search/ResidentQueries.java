package fr.convergences.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The queries of the search-quality measure, taken from what residents wrote, not made up: the health expressions that
 * several proposals of the shipped Make.org corpus share, found by a fixed rule ({@link #extract}), and the rule that
 * judges each result ({@link Judged#grade}), committed in {@code search/resident-queries.tsv}. See docs/BENCHMARKS.md,
 * "Search quality on residents' own words".
 */
final class ResidentQueries {

    static final String FILE = "search/resident-queries.tsv";
    /** Words that start a health word (checked at the start of a word, lower case). */
    private static final List<String> HEALTH_STEMS = List.of(
            "santé",
            "médec",
            "médic",
            "hôpita",
            "hospit",
            "soign",
            "soin",
            "infirmi",
            "ehpad",
            "malad",
            "psych",
            "pharmac",
            "urgence",
            "vaccin",
            "handicap",
            "prévention",
            "kiné",
            "dentist",
            "généraliste",
            "sanitaire",
            "mentale",
            "patient",
            "dépistage",
            "retraite");
    /** Grammar words and verbs that make no expression by themselves. */
    private static final Set<String> STOP =
            Set.of(("a à au aux avec ce ces c ça dans de des du d elle en et eux il ils je la le les leur "
                            + "leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu "
                            + "un une vos votre vous y l n s t m j faut plus moins très tout tous toute toutes etc comme être avoir faire mettre doit doivent "
                            + "peut sont est aussi bien afin ainsi non sans entre chaque cette cet autres autre encore toujours fois donc car si lors chez "
                            + "vers via dont sous")
                    .split(" "));
    /** Words too vague to make a search with a health word ("bonne santé", "prendre soin", "en matière de santé"). */
    private static final Set<String> GENERIC =
            Set.of("bonne", "bon", "prendre", "matière", "besoins", "besoin", "essentiels", "grande", "grand");
    /** Adjectives and verbs: a single word searched alone is a noun. */
    private static final Pattern NOT_A_NOUN = Pattern.compile(
            "sanitaires?|médica(l|le|les|ux)|pharmaceutiques?|hospitali(er|ers|ère|ères)|mentale?s?|psychologiques?|médico-social|handicapé(e|s|es)?|soigner");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    static final int MIN_PROPOSALS_PHRASE = 5;
    static final int MIN_PROPOSALS_WORD = 9;
    /** More common words ("santé": 624 proposals) match everything the measure could judge. */
    static final int MAX_PROPOSALS_WORD = 150;

    enum Split {
        DEV,
        HELD_OUT
    }

    record Extracted(String text, int proposals, boolean phrase) {}

    /** A query with its judging rule: grade 2 where {@code relevant} matches the folded text, 1 where only {@code partly} does. */
    record Judged(String id, Split split, String text, String need, Pattern relevant, Pattern partly) {
        int grade(String text) {
            String folded = fold(text);
            if (relevant.matcher(folded).find()) {
                return 2;
            }
            return partly != null && partly.matcher(folded).find() ? 1 : 0;
        }
    }

    private ResidentQueries() {}

    /**
     * The rule: in each proposal, the expressions of two words (side by side, or joined by de, des, du, d’) with a health
     * word and no grammar or vague word, and the single health nouns; counted once per proposal, variants that the
     * platform's analysis makes the same (plural, accents) counted together under their most frequent spelling. Kept:
     * expressions in at least 5 proposals, nouns in 9 to 150, the most shared first.
     */
    static List<Extracted> extract(List<CorpusContributions.Proposal> corpus, Analyzer analysis) {
        Map<String, Set<Integer>> proposalsOf = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Boolean> phrases = new HashMap<>();
        for (CorpusContributions.Proposal proposal : corpus) {
            String text = proposal.text().toLowerCase(Locale.FRENCH).replace('’', '\'');
            List<int[]> spans = new ArrayList<>();
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                spans.add(new int[] {words.start(), words.end()});
            }
            for (int i = 0; i < spans.size(); i++) {
                String a = word(text, spans.get(i));
                if (STOP.contains(a)) {
                    continue;
                }
                if (health(a) && !NOT_A_NOUN.matcher(a).matches()) {
                    count(analysis, a, false, proposal.id(), proposalsOf, spellings, phrases);
                }
                if (GENERIC.contains(a) || i + 1 >= spans.size() || !adjacent(text, spans.get(i), spans.get(i + 1))) {
                    continue;
                }
                String b = word(text, spans.get(i + 1));
                if (!STOP.contains(b) && !GENERIC.contains(b) && (health(a) || health(b))) {
                    count(analysis, a + " " + b, true, proposal.id(), proposalsOf, spellings, phrases);
                }
                if (Set.of("de", "des", "du", "d").contains(b)
                        && i + 2 < spans.size()
                        && adjacent(text, spans.get(i + 1), spans.get(i + 2))) {
                    String c = word(text, spans.get(i + 2));
                    if (!STOP.contains(c) && !GENERIC.contains(c) && (health(a) || health(c))) {
                        count(
                                analysis,
                                a + (b.equals("d") ? " d'" : " " + b + " ") + c,
                                true,
                                proposal.id(),
                                proposalsOf,
                                spellings,
                                phrases);
                    }
                }
            }
        }
        List<Extracted> kept = new ArrayList<>();
        proposalsOf.forEach((key, proposals) -> {
            boolean phrase = phrases.get(key);
            int n = proposals.size();
            if (phrase ? n >= MIN_PROPOSALS_PHRASE : n >= MIN_PROPOSALS_WORD && n <= MAX_PROPOSALS_WORD) {
                String spelling = spellings.get(key).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow()
                        .getKey();
                kept.add(new Extracted(spelling, n, phrase));
            }
        });
        kept.sort(Comparator.comparing(Extracted::phrase)
                .reversed()
                .thenComparing(Extracted::proposals, Comparator.reverseOrder())
                .thenComparing(Extracted::text));
        return kept;
    }

    /** Alternately, by rank within expressions and within nouns: the first, third… to tune on, the second, fourth… held out. */
    static Split splitOf(List<Extracted> all, Extracted query) {
        int rank = all.stream()
                .filter(other -> other.phrase() == query.phrase())
                .toList()
                .indexOf(query);
        return rank % 2 == 0 ? Split.DEV : Split.HELD_OUT;
    }

    private static void count(
            Analyzer analysis,
            String surface,
            boolean phrase,
            int proposal,
            Map<String, Set<Integer>> proposalsOf,
            Map<String, Map<String, Integer>> spellings,
            Map<String, Boolean> phrases) {
        String key = (phrase ? "p:" : "w:") + String.join(" ", terms(analysis, surface));
        if (proposalsOf.computeIfAbsent(key, k -> new HashSet<>()).add(proposal)) {
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
        }
        phrases.put(key, phrase);
    }

    private static boolean health(String word) {
        return HEALTH_STEMS.stream().anyMatch(word::startsWith);
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    /** Side by side: nothing but spaces or an apostrophe between them (a comma or a full stop ends an expression). */
    private static boolean adjacent(String text, int[] left, int[] right) {
        return text.substring(left[1], right[0]).matches("[ ']*");
    }

    static List<String> terms(Analyzer analysis, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analysis.tokenStream(ContributionDocument.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Lower case, accents removed, typographic apostrophes straightened: the judging rules are written on this form. */
    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.FRENCH).replace('’', '\''), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** The committed queries and judging rules: id, split, query, proposals, need, relevant pattern, partly relevant pattern. */
    static List<Judged> load() {
        List<Judged> queries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ResidentQueries.class.getClassLoader().getResourceAsStream(FILE)),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                queries.add(new Judged(
                        cells[0],
                        Split.valueOf(cells[1]),
                        cells[2],
                        cells[4],
                        Pattern.compile(cells[5]),
                        cells[6].isBlank() ? null : Pattern.compile(cells[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }
}
