package fr.convergences.convergence;

import fr.convergences.convergence.engine.Document;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Contributions for the benchmarks: the shipped corpus's real proposals, repeated with the variation of people who say
 * the same thing (a seeded generator): synonym swaps (the search synonym list and a few common verbs), dropped words,
 * typos, and openings such as "Je pense qu'il faut". Sources are drawn from a pool a third the size of the output, so
 * that most variants of one proposal come from distinct people.
 */
final class ParaphraseGenerator {

    private static final String[][] SWAPS = {
        {"favoriser", "encourager", "développer", "soutenir"},
        {"interdire", "bannir", "proscrire"},
        {"réduire", "diminuer", "limiter"},
        {"arrêter", "stopper", "cesser"},
        {"augmenter", "accroître", "relever"},
        {"supprimer", "abolir", "éliminer"},
        {"mettre en place", "instaurer", "créer"},
        {"revaloriser", "mieux payer", "augmenter"},
        {"privilégier", "préférer", "favoriser"},
        {"entreprises", "sociétés", "boîtes"},
        {"produits", "articles", "biens"},
        {"hôpital", "centre hospitalier"},
        {"maison de retraite", "ehpad"},
        {"médecin traitant", "généraliste", "médecin de famille"},
        {"rendez-vous", "rdv"},
        {"kiné", "kinésithérapeute"},
        {"psy", "psychologue"},
    };
    private static final String[] OPENINGS = {
        "Je pense qu'il faut",
        "À mon avis, il faut",
        "Il faudrait",
        "Selon moi il faut",
        "Franchement, il faut",
        "Nous demandons qu'il faille",
        "Il est urgent qu'il faille",
        "Pour moi il faut"
    };
    private static final Pattern IL_FAUT = Pattern.compile("^Il faut,?\\s*", Pattern.CASE_INSENSITIVE);

    private final List<String> proposals;

    ParaphraseGenerator() {
        this.proposals = read();
    }

    List<String> proposals() {
        return proposals;
    }

    /** {@code count} contributions with ids {@code prefix0…}: each a variant of a proposal drawn at random. */
    List<Document> generate(int count, long seed, String prefix) {
        Random random = new Random(seed);
        int sources = Math.max(1, count / 3);
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = proposals.get(random.nextInt(proposals.size()));
            documents.add(
                    new Document(prefix + i, null, vary(base, random), "person-" + random.nextInt(sources), null));
        }
        return documents;
    }

    static String vary(String text, Random random) {
        String varied = text;
        if (random.nextDouble() < 0.5) {
            varied = swap(varied, random);
        }
        if (random.nextDouble() < 0.3) {
            varied = dropWord(varied, random);
        }
        if (random.nextDouble() < 0.3) {
            varied = typo(varied, random);
        }
        if (random.nextDouble() < 0.3) {
            Matcher opening = IL_FAUT.matcher(varied);
            if (opening.find()) {
                varied = OPENINGS[random.nextInt(OPENINGS.length)] + " " + varied.substring(opening.end());
            }
        }
        return varied;
    }

    private static String swap(String text, Random random) {
        String lower = text.toLowerCase(Locale.FRENCH);
        int start = random.nextInt(SWAPS.length);
        for (int k = 0; k < SWAPS.length; k++) {
            String[] group = SWAPS[(start + k) % SWAPS.length];
            for (String expression : group) {
                int at = lower.indexOf(expression);
                if (at >= 0) {
                    String other = group[random.nextInt(group.length)];
                    return text.substring(0, at) + other + text.substring(at + expression.length());
                }
            }
        }
        return text;
    }

    private static String dropWord(String text, Random random) {
        String[] words = text.split(" ");
        if (words.length < 6) {
            return text;
        }
        int drop = 2 + random.nextInt(words.length - 2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != drop) {
                out.append(out.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return out.toString();
    }

    private static String typo(String text, Random random) {
        if (text.length() < 12) {
            return text;
        }
        int at = 8 + random.nextInt(text.length() - 10);
        char[] chars = text.toCharArray();
        if (Character.isLetter(chars[at]) && Character.isLetter(chars[at + 1])) {
            char kept = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = kept;
            return new String(chars);
        }
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static List<String> read() {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ParaphraseGenerator.class
                        .getClassLoader()
                        .getResourceAsStream("corpora/makeorg-monde-d-apres-2020.csv")),
                StandardCharsets.UTF_8)) {
            List<String> texts = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (!row.get("text").isBlank()) {
                    texts.add(row.get("text").strip());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
