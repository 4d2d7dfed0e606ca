package fr.convergences.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of contributions at any size (up to millions), generated from the 18,690 real Make.org proposals
 * with realistic variation, and reproducible by seed: contribution number {@code n} depends only on the seed
 * and {@code n}, never on the size asked for, so a small corpus is the beginning of a large one and the
 * relevance judgments (keyed by that number) hold at every size.
 * <p>
 * Each contribution is a real proposal rewritten the way people write the same idea again: another opening
 * ("Il faudrait", "Je propose de"…), a synonym of the platform's list swapped in (généraliste for médecin
 * traitant), everyday verbs swapped, words dropped or two words inverted, a prefix or a suffix, typos,
 * accents dropped (phones), sometimes left unchanged (copy and paste). Some bodies go on with other
 * proposals, so lengths vary from one sentence to several paragraphs. Around them: 88 territories of very
 * different sizes (a Zipf law, as départements' populations), one to four consultations each with their
 * themes, communes (a few big towns hold most contributions), kinds, origins, drafts, withdrawals, hidden
 * contributions, official answers and heavy-tailed support counts.
 */
final class ScaleCorpus {

    static final long DEFAULT_SEED = 20261124L;
    /** Dates are relative to this instant, not to now, so that the corpus is the same on every run. */
    static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

    static final int TERRITORIES = 88;
    static final List<String> THEMES = List.of(
            "Accès aux soins de premier recours",
            "Santé mentale",
            "Vieillissement et autonomie",
            "Prévention",
            "Organisation territoriale",
            "Santé numérique",
            "Déterminants de santé (logement, transports…)",
            "Environnement et santé",
            "Alimentation",
            "Travail et santé");
    private static final Pattern[] THEME_WORDS = {
        Pattern.compile("médecin|généraliste|désert|pharmac|infirmi|dentist|kiné|rendez-vous"),
        Pattern.compile("psych|mental|dépress|solitude|isolement|stress"),
        Pattern.compile("ehpad|âgé|personnes âgées|retraite|dépendance|aidant|handicap"),
        Pattern.compile("prévention|vaccin|sport|dépistage|obésité|tabac|alcool"),
        Pattern.compile("hôpita|urgences|lits|soignant|soins"),
        Pattern.compile("numérique|télé|internet|données"),
        Pattern.compile("logement|transport|vélo|voiture|train"),
        Pattern.compile("pollution|environnement|climat|pesticide|plastique|déchet|écolog"),
        Pattern.compile("aliment|agricult|bio\\b|local|locaux|cantine|circuit"),
        Pattern.compile("travail|salari|emploi|salaire|télétravail|entreprise")
    };

    private static final String[] OPENINGS = {
        "Il faudrait",
        "Nous devons",
        "Je propose de",
        "Il est urgent de",
        "Pourquoi ne pas",
        "Il est nécessaire de",
        "On doit",
        "Il serait bon de",
        "Je souhaite qu'on puisse"
    };
    private static final String[] PREFIXES = {
        "Dans ma commune, ",
        "À mon avis, ",
        "Selon moi, ",
        "Proposition : ",
        "Urgent : ",
        "En tant que soignante, ",
        "Comme parent, ",
        "Franchement, ",
        "Pour l'avenir, ",
        "Retraité, je pense qu'",
        "Habitante du quartier : ",
        "Avis de notre association : "
    };
    private static final String[] SUFFIXES = {
        " Merci.",
        " C'est urgent !",
        " Pour nos enfants.",
        " Et vite.",
        " Il y a urgence.",
        " C'est une question de bon sens.",
        " Ce serait un vrai progrès pour tous.",
        " À étudier.",
        " (avis partagé par mon association)",
        " Pensons aux plus fragiles."
    };
    private static final String[] CONNECTORS = {" Par ailleurs, ", " Aussi, ", " De plus, ", "\n\n", " Et ", " Enfin, "
    };
    /** Everyday paraphrases, besides the platform's synonym list. */
    private static final String[][] PARAPHRASES = {
        {"favoriser", "encourager", "privilégier"},
        {"développer", "renforcer", "étendre"},
        {"supprimer", "arrêter", "interdire"},
        {"augmenter", "revaloriser", "relever"},
        {"réduire", "diminuer", "limiter"},
        {"mettre en place", "instaurer", "créer"},
        {"rendre obligatoire", "imposer"},
        {"taxer", "imposer une taxe sur"},
        {"aider", "soutenir", "accompagner"},
        {"relocaliser", "produire en France", "rapatrier"},
        {"gratuit", "sans frais"},
        {"entreprises", "sociétés"},
        {"citoyens", "habitants", "gens"},
        {"personnel soignant", "soignants", "personnels de santé"}
    };

    private static final String[] KINDS = {"NEED", "PROPOSAL", "TESTIMONY"};
    private static final double[] KIND_WEIGHTS = {0.35, 0.50, 0.15};
    private static final String[] ORIGINS = {"ONLINE", "MEDIATED", "DEBATE", "PAPER", "IMPORTED"};
    private static final double[] ORIGIN_WEIGHTS = {0.72, 0.09, 0.07, 0.05, 0.07};
    private static final String[] ANSWERS = {
        "RECEIVED", "UNDER_STUDY", "RETAINED", "PARTLY_RETAINED", "NOT_RETAINED", "MERGED", "TURNED_INTO_MOTION"
    };
    private static final double[] ANSWER_WEIGHTS = {0.30, 0.25, 0.10, 0.10, 0.15, 0.07, 0.03};
    /** "Il faut" then a verb (or a pronoun and a verb): the other openings fit there, not before a noun. */
    private static final Pattern INFINITIVE_AFTER_IL_FAUT =
            Pattern.compile("Il faut (?:(?:se|s'|en|y|le|la|les|leur|nous|ne) ?)?\\p{L}+(?:er|ir|re|oir)\\b");

    private static final Pattern OPENING =
            Pattern.compile("^(Il faut|Il faudrait|Nous devons|Je propose de|Il est urgent de|"
                    + "Pourquoi ne pas|Il est nécessaire de|On doit|Il serait bon de|Je souhaite qu'on puisse),?\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!…]+$");
    private static final Pattern END_OF_SENTENCE = Pattern.compile("[.!?…)]\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private final long seed;
    private final List<CorpusContributions.Proposal> proposals = Proposals.SHARED.proposals;
    private final Alias popularity = Proposals.SHARED.popularity;
    /** Per proposal, the rewrites (synonyms, paraphrases) that apply to its text; computed once, not per contribution. */
    private final Rewrite[][] rewrites = Proposals.SHARED.rewrites;

    private final List<Territory> territories;
    private final Alias territoryWeights;
    private final Alias kinds = new Alias(KIND_WEIGHTS);
    private final Alias origins = new Alias(ORIGIN_WEIGHTS);
    private final Alias answers = new Alias(ANSWER_WEIGHTS);

    ScaleCorpus(long seed) {
        this.seed = seed;
        SplittableRandom layout = new SplittableRandom(seed);
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < TERRITORIES; i++) {
            ranks.add(i);
        }
        shuffle(ranks, layout);
        List<Territory> built = new ArrayList<>();
        double[] territoryShare = new double[TERRITORIES];
        for (int i = 0; i < TERRITORIES; i++) {
            int rank = ranks.get(i);
            int department = i + 1 >= 20 ? i + 2 : i + 1; // 01 to 89 without 20 (Corsica's codes are 2A and 2B)
            territoryShare[i] = 1.0 / Math.pow(rank + 1, 0.75);
            int consultations = rank < 8 ? 4 : rank < 25 ? 3 : rank < 55 ? 2 : 1;
            int communes = 40 + (int) (360 * territoryShare[i]);
            long firstDay = layout.nextLong(3 * 365 - 240); // every contribution before EPOCH
            built.add(new Territory(i, String.format("%02d", department), rank, consultations, communes, firstDay));
        }
        this.territories = List.copyOf(built);
        this.territoryWeights = new Alias(territoryShare);
    }

    /**
     * What does not depend on the seed: the proposals, how popular each is, and the rewrites that apply to each. Built
     * once per JVM (about ten seconds of regular expressions over 18,690 texts), however many corpora a test makes.
     */
    private static final class Proposals {

        static final Proposals SHARED = new Proposals();

        final List<CorpusContributions.Proposal> proposals = CorpusContributions.read(Integer.MAX_VALUE);
        final Alias popularity;
        final Rewrite[][] rewrites;

        private Proposals() {
            double totalSqrtVotes = proposals.stream()
                    .mapToDouble(proposal -> Math.sqrt(proposal.votes() + 1))
                    .sum();
            double[] weights = new double[proposals.size()];
            for (int i = 0; i < weights.length; i++) {
                // Half the time any proposal, half the time the popular ones: people repeat the ideas that many share.
                weights[i] = 1.0 / proposals.size() + Math.sqrt(proposals.get(i).votes() + 1) / totalSqrtVotes;
            }
            popularity = new Alias(weights);
            List<Rewrite> candidates = rewriteCandidates();
            rewrites = new Rewrite[proposals.size()][];
            for (int i = 0; i < proposals.size(); i++) {
                String text = proposals.get(i).text();
                String lower = text.toLowerCase(Locale.ROOT);
                rewrites[i] = candidates.stream()
                        .filter(rewrite -> lower.contains(rewrite.clue)
                                && rewrite.from.matcher(text).find())
                        .toArray(Rewrite[]::new);
            }
        }
    }

    List<Territory> territories() {
        return territories;
    }

    long seed() {
        return seed;
    }

    /** A territory (a département), its rank by size (0 is the largest), consultations and communes. */
    record Territory(int index, String department, int rank, int consultations, int communes, long firstDay) {

        String code() {
            return "SCALE-" + department;
        }

        String name() {
            return "Territoire de santé " + department;
        }

        String councilName() {
            return "Conseil territorial de santé " + department;
        }

        String slug() {
            return "cts-scale-" + department;
        }

        /** INSEE codes: the département's two digits and three more. */
        String commune(int number) {
            return department + String.format("%03d", number + 1);
        }

        String consultationTitle(int number) {
            return "Consultation " + (number + 1) + " du territoire " + department;
        }
    }

    /** One generated contribution; {@code consultation} is the territory's consultation number, themes index {@link #THEMES}. */
    record Contribution(
            int ordinal,
            int proposalId,
            Territory territory,
            int consultation,
            String kind,
            String title,
            String body,
            String commune,
            String status,
            boolean hidden,
            String origin,
            boolean organisation,
            boolean hasAuthor,
            int authorNumber,
            Instant createdAt,
            Instant publishedAt,
            Instant withdrawnAt,
            int supports,
            String answer,
            int[] themes) {

        boolean isPublic() {
            return !"DRAFT".equals(status) && !hidden;
        }
    }

    Contribution contribution(int ordinal) {
        SplittableRandom random = new SplittableRandom(mix(seed, ordinal));
        int proposalIndex = popularity.sample(random);
        CorpusContributions.Proposal proposal = proposals.get(proposalIndex);
        String main = random.nextDouble() < 0.18
                ? proposal.text()
                : perturb(proposal.text(), rewrites[proposalIndex], random);
        StringBuilder body = new StringBuilder(main);
        double more = random.nextDouble();
        int extra = more < 0.55 ? 0 : more < 0.85 ? 1 : more < 0.96 ? 2 : 3 + random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            int other = popularity.sample(random);
            String next = perturb(proposals.get(other).text(), rewrites[other], random);
            String connector = CONNECTORS[random.nextInt(CONNECTORS.length)];
            if (body.length() + connector.length() + next.length() > 2900) {
                break;
            }
            if (!connector.startsWith("\n")
                    && !END_OF_SENTENCE
                            .matcher(body.subSequence(Math.max(0, body.length() - 4), body.length()))
                            .find()) {
                body.append('.');
            }
            body.append(connector)
                    .append(connector.endsWith(", ") || connector.equals(" Et ") ? lowerFirst(next) : next);
        }
        double titleKind = random.nextDouble();
        String title =
                titleKind < 0.60 ? title(main) : titleKind < 0.85 ? title(proposal.text()) : shortTitle(main, random);

        Territory territory = territories.get(territoryWeights.sample(random));
        int consultation = consultationOf(territory, random);
        String commune = random.nextDouble() < 0.12 ? null : territory.commune(zipf(territory.communes(), 1.0, random));
        String kind = KINDS[kinds.sample(random)];
        String origin = ORIGINS[origins.sample(random)];
        boolean organisation = random.nextDouble() < 0.05;
        boolean hasAuthor = "ONLINE".equals(origin) || organisation;
        int author = zipf(1 << 20, 0.9, random); // a few people write a lot, most write once
        double state = random.nextDouble();
        String status = state < 0.015 ? "DRAFT" : state < 0.03 ? "WITHDRAWN" : "PUBLISHED";
        boolean hidden = !"DRAFT".equals(status) && random.nextDouble() < 0.005;
        long day = territory.firstDay() + consultation * 30L + random.nextLong(120);
        Instant created = EPOCH.minus(Duration.ofDays(3 * 365 - day)).plusSeconds(random.nextLong(86_400));
        Instant published = "DRAFT".equals(status) ? null : created.plusSeconds(random.nextLong(3_600));
        Instant withdrawn = "WITHDRAWN".equals(status) ? published.plus(Duration.ofDays(1 + random.nextInt(20))) : null;
        // Heavy tail: most contributions get a few supports, popular ideas get hundreds.
        int supports = "DRAFT".equals(status)
                ? 0
                : (int) Math.min(
                        5_000,
                        Math.floor(Math.exp(random.nextGaussian() * 1.3 + Math.log1p(proposal.votes()) / 3.5)) - 1);
        String answer = published != null && random.nextDouble() < 0.22 ? ANSWERS[answers.sample(random)] : null;
        return new Contribution(
                ordinal,
                proposal.id(),
                territory,
                consultation,
                kind,
                clip(title, 150),
                clip(body.toString(), 3000),
                commune,
                status,
                hidden,
                origin,
                organisation,
                hasAuthor,
                author,
                created,
                published,
                withdrawn,
                Math.max(0, supports),
                answer,
                themes(body.toString(), random));
    }

    private static int consultationOf(Territory territory, SplittableRandom random) {
        // The first consultation (the territorial diagnostic) gathers half; the others share the rest.
        if (territory.consultations() == 1 || random.nextDouble() < 0.5) {
            return 0;
        }
        return 1 + random.nextInt(territory.consultations() - 1);
    }

    private static int[] themes(String body, SplittableRandom random) {
        String lower = body.toLowerCase(Locale.ROOT);
        int[] found = new int[3];
        int count = 0;
        for (int i = 0; i < THEME_WORDS.length && count < 3; i++) {
            if (THEME_WORDS[i].matcher(lower).find() && random.nextDouble() < 0.8) {
                found[count++] = i;
            }
        }
        if (count == 0 && random.nextDouble() < 0.3) {
            found[count++] = random.nextInt(THEMES.size());
        }
        return Arrays.copyOf(found, count);
    }

    String perturb(String text, Rewrite[] applicable, SplittableRandom random) {
        String t = text;
        if (random.nextDouble() < 0.35 && INFINITIVE_AFTER_IL_FAUT.matcher(t).lookingAt()) {
            t = OPENINGS[random.nextInt(OPENINGS.length)] + t.substring("Il faut".length());
        }
        if (applicable.length > 0 && random.nextDouble() < 0.6) {
            Rewrite rewrite = applicable[random.nextInt(applicable.length)];
            t = rewrite.apply(t, random);
        }
        if (random.nextDouble() < 0.15) {
            t = dropWords(t, 1 + random.nextInt(2), random);
        }
        if (random.nextDouble() < 0.12) {
            t = swapAdjacentWords(t, random);
        }
        if (random.nextDouble() < 0.22) {
            t = PREFIXES[random.nextInt(PREFIXES.length)] + lowerFirst(t);
        }
        if (random.nextDouble() < 0.18) {
            t = stripEnd(t) + SUFFIXES[random.nextInt(SUFFIXES.length)];
        }
        if (random.nextDouble() < 0.08) {
            t = typos(t, 1 + random.nextInt(2), random);
        }
        if (random.nextDouble() < 0.08) {
            t = stripAccents(t);
        }
        if (random.nextDouble() < 0.03) {
            t = t.toLowerCase(Locale.FRENCH);
        }
        return t;
    }

    /** A title as residents write one: the idea without its "Il faut", cut at a word. */
    static String title(String text) {
        String title = OPENING.matcher(text).replaceFirst("").strip();
        if (title.isEmpty()) {
            title = text.strip();
        }
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        if (title.length() <= 80) {
            return title;
        }
        int cut = title.lastIndexOf(' ', 80);
        return title.substring(0, cut > 40 ? cut : 80) + "…";
    }

    private static String shortTitle(String text, SplittableRandom random) {
        String stripped = title(text);
        Matcher words = WORD.matcher(stripped);
        List<String> found = new ArrayList<>();
        int wanted = 3 + random.nextInt(4);
        while (words.find() && found.size() < wanted) {
            found.add(words.group());
        }
        String title = String.join(" ", found);
        return title.isBlank() ? stripped : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String dropWords(String text, int count, SplittableRandom random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        for (int i = 0; i < count && words.size() > 5; i++) {
            words.remove(2 + random.nextInt(words.size() - 2)); // keep the opening, which carries the grammar
        }
        return String.join(" ", words);
    }

    private static String swapAdjacentWords(String text, SplittableRandom random) {
        String[] words = text.split(" ");
        if (words.length < 5) {
            return text;
        }
        int i = 2 + random.nextInt(words.length - 3);
        String swap = words[i];
        words[i] = words[i + 1];
        words[i + 1] = swap;
        return String.join(" ", words);
    }

    private static String typos(String text, int count, SplittableRandom random) {
        StringBuilder t = new StringBuilder(text);
        for (int n = 0; n < count; n++) {
            // a letter inside a word of five letters or more
            for (int attempt = 0; attempt < 10; attempt++) {
                int at = 1 + random.nextInt(Math.max(1, t.length() - 2));
                if (!Character.isLetter(t.charAt(at - 1))
                        || !Character.isLetter(t.charAt(at))
                        || !Character.isLetter(t.charAt(at + 1))) {
                    continue;
                }
                switch (random.nextInt(4)) {
                    case 0 -> { // two letters swapped
                        char c = t.charAt(at);
                        t.setCharAt(at, t.charAt(at + 1));
                        t.setCharAt(at + 1, c);
                    }
                    case 1 -> t.deleteCharAt(at); // a letter missed
                    case 2 -> t.insert(at, t.charAt(at)); // a letter doubled
                    default -> t.setCharAt(at, neighbour(t.charAt(at), random)); // the key beside
                }
                break;
            }
        }
        return t.toString();
    }

    private static final String[] AZERTY_ROWS = {"azertyuiop", "qsdfghjklm", "wxcvbn"};

    private static char neighbour(char c, SplittableRandom random) {
        char lower = Character.toLowerCase(c);
        for (String row : AZERTY_ROWS) {
            int at = row.indexOf(lower);
            if (at >= 0) {
                int next = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
                return row.charAt(next);
            }
        }
        return c;
    }

    static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String stripEnd(String text) {
        return TRAILING_PUNCTUATION.matcher(text).replaceFirst("") + ".";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** Zipf-distributed number in [0, n): a few large towns, many villages. */
    private static int zipf(int n, double s, SplittableRandom random) {
        // Inverse of the continuous approximation of the Zipf CDF; precise enough for a benchmark corpus.
        double u = random.nextDouble();
        double x = s == 1.0
                ? Math.exp(u * Math.log(n + 1.0)) - 1
                : Math.pow(u * (Math.pow(n + 1.0, 1 - s) - 1) + 1, 1 / (1 - s)) - 1;
        return Math.min(n - 1, (int) x);
    }

    private static long mix(long seed, int ordinal) {
        long z = seed * 0x9E3779B97F4A7C15L + ordinal * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /**
     * An expression that may be replaced by another one of its group. The clue, a piece of the expression in lower case,
     * is in the lower-cased text of every match: looking for it first spares most of the regular expressions.
     */
    record Rewrite(Pattern from, String clue, List<String> to) {
        String apply(String text, SplittableRandom random) {
            String replacement = to.get(random.nextInt(to.size()));
            Matcher matcher = from.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            String found = matcher.group();
            String cased = Character.isUpperCase(found.charAt(0))
                    ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
                    : replacement;
            return text.substring(0, matcher.start()) + cased + text.substring(matcher.end());
        }
    }

    /** The groups of the platform's synonym list and the everyday paraphrases, as rewrites from each expression to the others. */
    private static List<Rewrite> rewriteCandidates() {
        List<List<String>> groups = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(
                        ScaleCorpus.class.getClassLoader().getResourceAsStream(SearchAnalyzers.SHIPPED_SYNONYMS)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(Arrays.stream(line.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] paraphrase : PARAPHRASES) {
            groups.add(List.of(paraphrase));
        }
        List<Rewrite> rewrites = new ArrayList<>();
        for (List<String> group : groups) {
            for (String expression : group) {
                List<String> others = group.stream()
                        .filter(other -> !other.equals(expression))
                        .toList();
                String apostrophes = Pattern.quote(expression).replace("’", "\\E['’]\\Q");
                // The longest piece between apostrophes, which the pattern lets be either ’ or '.
                String clue = Arrays.stream(expression.split("[’']"))
                        .max(java.util.Comparator.comparingInt(String::length))
                        .orElse("")
                        .toLowerCase(Locale.ROOT);
                rewrites.add(new Rewrite(
                        Pattern.compile(
                                "(?<![\\p{L}])" + apostrophes + "(?![\\p{L}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        clue,
                        others));
            }
        }
        return rewrites;
    }

    /** Walker's alias method: draws an index with the given weights in constant time. */
    static final class Alias {
        private final double[] probability;
        private final int[] alias;

        Alias(double[] weights) {
            int n = weights.length;
            double total = Arrays.stream(weights).sum();
            probability = new double[n];
            alias = new int[n];
            double[] scaled = new double[n];
            int[] small = new int[n];
            int[] large = new int[n];
            int smalls = 0;
            int larges = 0;
            for (int i = 0; i < n; i++) {
                scaled[i] = weights[i] * n / total;
                if (scaled[i] < 1) {
                    small[smalls++] = i;
                } else {
                    large[larges++] = i;
                }
            }
            while (smalls > 0 && larges > 0) {
                int less = small[--smalls];
                int more = large[--larges];
                probability[less] = scaled[less];
                alias[less] = more;
                scaled[more] = scaled[more] + scaled[less] - 1;
                if (scaled[more] < 1) {
                    small[smalls++] = more;
                } else {
                    large[larges++] = more;
                }
            }
            while (larges > 0) {
                probability[large[--larges]] = 1;
            }
            while (smalls > 0) {
                probability[small[--smalls]] = 1;
            }
        }

        int sample(SplittableRandom random) {
            int i = random.nextInt(probability.length);
            return random.nextDouble() < probability[i] ? i : alias[i];
        }
    }
}
