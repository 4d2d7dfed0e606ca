package fr.convergences.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads every message of every bundle, in French and in English, as ICU4J reads it, and formats it with 0, 1 and 2
 * wherever a number can go. Each rule collects every offending key, so one run lists all that is left to fix.
 */
class MessagesBundleScanTest {

    /** Words that end in s or x and are right after "1" (or "0" in French), or that follow a name rather than a count. */
    private static final Set<String> INVARIABLE = Set.of(
            // French
            "voix",
            "fois",
            "mois",
            "avis",
            "choix",
            "prix",
            "cas",
            "temps",
            "corps",
            "pays",
            "accès",
            "recours",
            "cours",
            "dans",
            "sans",
            "sous",
            "plus",
            "moins",
            "depuis",
            "après",
            "vers",
            "puis",
            "lors",
            "très",
            "jamais",
            "alors",
            "mais",
            "chez",
            "parmi",
            "dès",
            "versus",
            "vous",
            "nous",
            "inclus",
            "leurs",
            "ses",
            "vos",
            "nos",
            "les",
            "des",
            "aux",
            // English
            "is",
            "was",
            "has",
            "its",
            "this",
            "as",
            "us",
            "minus",
            "across",
            "status",
            "class",
            "process",
            "address",
            "access",
            "always",
            "yes",
            "news",
            "thus",
            "less",
            "unless",
            "whereas",
            "towards",
            "afterwards",
            "does",
            "his");

    private static final Pattern STYLE_WITH_SPACE = Pattern.compile("\\{\\s*\\d+\\s*,\\s*(number|date|time)\\s*,\\s");

    private static final Set<String> ADVERBS = Set.of("encore", "déjà", "toujours", "still", "already", "more");

    private static final ZonedDateTime A_MOMENT = ZonedDateTime.of(2027, 2, 1, 18, 30, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void every_pattern_parses_with_icu_and_numbers_its_arguments() throws IOException {
        List<String> problems = new ArrayList<>();
        forEachMessage((resource, locale, key, pattern) -> {
            try {
                MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale));
                if (STYLE_WITH_SPACE.matcher(pattern).find()) {
                    problems.add(
                            resource + " " + key + ": a space before a number, date or time style is printed as text");
                }
                if (format.usesNamedArguments()) {
                    problems.add(resource + " " + key + ": named arguments (Vaadin passes an array)");
                }
            } catch (IllegalArgumentException e) {
                problems.add(resource + " " + key + ": " + e.getMessage());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void no_message_writes_a_plural_as_s_in_brackets() throws IOException {
        List<String> problems = new ArrayList<>();
        forEachMessage((resource, locale, key, pattern) -> {
            if (pattern.contains("(s)") || pattern.contains("(e)") || pattern.contains("(es)")) {
                problems.add(resource + " " + key);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void english_puts_no_space_before_colons_semicolons_and_question_marks() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern spaceBefore = Pattern.compile("[\\s\\u00a0\\u202f][:;!?]");
        forEachMessage((resource, locale, key, pattern) -> {
            if (locale.equals(Locale.ENGLISH) && spaceBefore.matcher(pattern).find()) {
                problems.add(resource + " " + key + ": " + pattern);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void french_puts_a_no_break_space_before_colons_semicolons_exclamation_and_question_marks() throws IOException {
        List<String> problems = new ArrayList<>();
        // A letter right before ':' is allowed: addresses (https://) and technical notations (numéro:empreinte).
        Pattern wrongSpaceBefore = Pattern.compile("[ \\t\\u202f][:;!?]|[\\p{L}\\d»)][;!?]");
        forEachMessage((resource, locale, key, pattern) -> {
            if (locale.equals(Locale.FRENCH)
                    && wrongSpaceBefore.matcher(pattern).find()) {
                problems.add(resource + " " + key + ": " + pattern);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void french_says_consultation_for_a_consultation() throws IOException {
        List<String> problems = new ArrayList<>();
        forEachMessage((resource, locale, key, pattern) -> {
            if (locale.equals(Locale.FRENCH)
                    && pattern.toLowerCase(Locale.FRENCH).contains("concertation")) {
                problems.add(resource + " " + key);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void every_message_formats_with_zero_one_and_two_and_a_count_agrees_with_its_noun() throws IOException {
        List<String> problems = new ArrayList<>();
        forEachMessage((resource, locale, key, pattern) -> {
            // French puts 0 in the singular, English in the plural.
            List<Integer> singular = locale.equals(Locale.FRENCH) ? List.of(0, 1) : List.of(1);
            for (int n = 0; n <= 2; n++) {
                String text;
                try {
                    text = new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments(pattern, n));
                } catch (IllegalArgumentException e) {
                    problems.add(resource + " " + key + " with " + n + ": " + e.getMessage());
                    continue;
                }
                if (text.contains("{") || text.contains("}")) {
                    problems.add(resource + " " + key + " with " + n + ": an argument left unformatted: " + text);
                }
                if (singular.contains(n)) {
                    // The noun, or the adjective after an adverb: "1 places", "1 encore libres".
                    Matcher plural = Pattern.compile("(?<![\\p{L}\\d,.\\u00a0\\u202f])" + n
                                    + "[ \\u00a0\\u202f](\\p{L}+)(?:[ \\u00a0](\\p{L}+))?")
                            .matcher(text);
                    while (plural.find()) {
                        boolean adverb =
                                ADVERBS.contains(plural.group(1).toLowerCase(Locale.ROOT)) && plural.group(2) != null;
                        String word = adverb ? plural.group(2) : plural.group(1);
                        if ((word.endsWith("s") || word.endsWith("x"))
                                && !INVARIABLE.contains(word.toLowerCase(Locale.ROOT))) {
                            problems.add(
                                    resource + " " + key + " with " + n + ": \"" + plural.group() + "\" in: " + text);
                        }
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * An argument for each number the pattern uses: dates and times get a moment in Paris, selects a keyword none of them
     * names (their "other"), every other argument the count n, so that a count written without a plural shows "1 places".
     */
    private static Object[] arguments(String pattern, int n) {
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        parsed.parse(pattern);
        TreeMap<Integer, Object> values = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            int index = parsed.getPart(i + 1).getValue();
            String type = part.getArgType() == MessagePattern.ArgType.SIMPLE
                    ? parsed.getSubstring(parsed.getPart(i + 2))
                    : "";
            Object value = switch (part.getArgType()) {
                case SELECT -> "unnamed-keyword";
                case SIMPLE -> type.equals("date") || type.equals("time") ? A_MOMENT : n;
                default -> n;
            };
            values.merge(index, value, (first, second) -> first instanceof ZonedDateTime ? first : second);
        }
        Object[] arguments = new Object[values.isEmpty() ? 0 : values.lastKey() + 1];
        values.forEach((index, value) -> arguments[index] = value);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null) {
                arguments[i] = n;
            }
        }
        return arguments;
    }

    private interface MessageVisitor {
        void visit(String resource, Locale locale, String key, String pattern);
    }

    private static void forEachMessage(MessageVisitor visitor) throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (Locale locale : Messages.LOCALES) {
                String resource =
                        bundle.replace('.', '/') + (locale.equals(Locale.FRENCH) ? "" : "_en") + ".properties";
                Properties properties = new Properties();
                try (InputStream in =
                        MessagesBundleScanTest.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        continue;
                    }
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
                    visitor.visit(resource, locale, key, properties.getProperty(key));
                }
            }
        }
    }
}
