package fr.convergences.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the personal data people type into public texts without meaning to publish it: e-mail addresses, phone
 * numbers (French formats, overseas and international), postal addresses and social security numbers (NIR). What it
 * finds is masked in everything public; the original stays with its author and the moderators.
 *
 * <p>It errs on the side of ordinary text: a number must have the shape of a phone number or a NIR, and an address
 * needs a house number, a street type and a name, so that "15 %", "2024", "118 lits" or "3 cours de yoga" stay as
 * written. Street names typed in lower case are recognised only after an unambiguous street type (rue, avenue…).
 */
public final class PersonalDataDetector {

    /** What replaces each finding in public: the same neutral mark as a moderator's redaction. */
    public static final String MASK = "[…]";

    public enum Kind {
        EMAIL,
        PHONE,
        POSTAL_ADDRESS,
        SOCIAL_SECURITY_NUMBER
    }

    /**
     * E-mail addresses and phone numbers only: what is masked in a debate's texts, where a postal address is most often
     * the venue's and is meant to be read.
     */
    public static final Set<Kind> CONTACT_DETAILS = Set.copyOf(EnumSet.of(Kind.EMAIL, Kind.PHONE));

    /** A finding: its kind and where it lies in the text. */
    public record Finding(Kind kind, int start, int end) {}

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    /** Separators people put between digit pairs: space, no-break spaces, dot, hyphen. */
    private static final String SEP = "[ \\u00A0\\u202F.\\-]?";

    private static final Pattern PHONE = Pattern.compile(
            // National: 01 23 45 67 89, 01.23.45.67.89, 0123456789, 06-12-34-56-78.
            "(?<![\\d+])0[1-9](?:" + SEP + "\\d{2}){4}(?!\\d)"
                    // France and overseas from abroad: +33 1 23 45 67 89, +33 (0)6 12 34 56 78, 0033 6..., +262 692 12
                    // 34 56.
                    + "|(?<!\\d)(?:\\+|00)(?:33|262|269|508|590|594|596|681|687|689)" + SEP + "(?:\\(0\\)" + SEP
                    + ")?[1-9](?:" + SEP + "\\d{2}){4}(?!\\d)"
                    // Any other international number: a + and eight to thirteen digits in groups.
                    + "|(?<![\\d\\w])\\+[1-9]\\d{0,2}(?:[ .\\-]?\\d{2,4}){3,5}(?!\\d)");

    /**
     * A NIR: sex, year, month, département (2A/2B for Corsica), commune, order number, and the optional two-digit key,
     * with or without spaces.
     */
    private static final Pattern NIR = Pattern.compile(
            "(?<![\\d\\p{L}])[1-478] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2[AaBb]) ?\\d{3} ?\\d{3}(?: ?\\d{2})?(?![\\d\\p{L}])");

    private static final String WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}’'\\-]*";
    private static final String CAPITAL = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d’'\\-]*";
    private static final String PARTICLE = "(?:(?i:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’]|aux|au) *)?";
    /** Street types that, after a house number, mean an address whatever follows. */
    private static final String STREET =
            "(?i:rue|avenue|av\\.|bd|boulevard|impasse|all[ée]e|faubourg|lotissement|rond-point)";
    /** Street types that are also ordinary words ("3 cours de yoga"): an address only when a capitalised name follows. */
    private static final String PLACE =
            "(?i:place|cours|chemin|route|quai|square|passage|r[ée]sidence|sentier|voie|cit[ée]|villa|esplanade|promenade|parvis|hameau|mont[ée]e|all[ée]es)";

    private static final Pattern ADDRESS =
            Pattern.compile("(?<![\\d\\p{L}])\\d{1,4}(?: ?(?i:bis|ter|quater|[a-d])(?!\\p{L}))?,? +"
                    + "(?:" + STREET + "(?!\\p{L}) +" + PARTICLE + WORD
                    + "|" + PLACE + "(?!\\p{L}) +" + PARTICLE + CAPITAL + ")"
                    + "(?: +" + PARTICLE + CAPITAL + ")*"
                    // The postcode and town when they follow: 91000 Évry-Courcouronnes.
                    + "(?:,? +\\d{5}(?: +" + CAPITAL + ")+)?");

    private PersonalDataDetector() {}

    /** Every finding, in text order, overlaps merged (a NIR's digits are not also a phone number). */
    public static List<Finding> find(@Nullable String text) {
        return find(text, EnumSet.allOf(Kind.class));
    }

    /** The findings of the given kinds only, in text order, overlaps merged. */
    public static List<Finding> find(@Nullable String text, Set<Kind> kinds) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> all = new ArrayList<>();
        if (kinds.contains(Kind.SOCIAL_SECURITY_NUMBER)) {
            collect(all, NIR, Kind.SOCIAL_SECURITY_NUMBER, text);
        }
        if (kinds.contains(Kind.EMAIL)) {
            collect(all, EMAIL, Kind.EMAIL, text);
        }
        if (kinds.contains(Kind.PHONE)) {
            collect(all, PHONE, Kind.PHONE, text);
        }
        if (kinds.contains(Kind.POSTAL_ADDRESS)) {
            collect(all, ADDRESS, Kind.POSTAL_ADDRESS, text);
        }
        all.sort(Comparator.comparingInt(Finding::start).thenComparing(finding -> -finding.end()));
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : all) {
            if (kept.isEmpty() || finding.start() >= kept.getLast().end()) {
                kept.add(finding);
            }
        }
        return List.copyOf(kept);
    }

    public static Set<Kind> kinds(@Nullable String text) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        find(text).forEach(finding -> kinds.add(finding.kind()));
        return kinds;
    }

    /** The text with each finding replaced by {@link #MASK}; the same text when there is none. */
    public static String mask(String text) {
        return mask(text, EnumSet.allOf(Kind.class));
    }

    /** The text with each finding of the given kinds replaced by {@link #MASK}; the same text when there is none. */
    public static String mask(String text, Set<Kind> kinds) {
        List<Finding> findings = find(text, kinds);
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        for (Finding finding : findings) {
            masked.append(text, from, finding.start()).append(MASK);
            from = finding.end();
        }
        return masked.append(text, from, text.length()).toString();
    }

    private static void collect(List<Finding> into, Pattern pattern, Kind kind, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(new Finding(kind, matcher.start(), matcher.end()));
        }
    }
}
