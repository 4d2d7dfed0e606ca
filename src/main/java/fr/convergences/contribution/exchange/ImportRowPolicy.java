package fr.convergences.contribution.exchange;

import fr.convergences.base.InseeCode;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionKind;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a row of an imported file becomes a contribution, with the rules of a contribution
 * submitted online (a title and a text within their limits, themes of the consultation, a valid
 * INSEE code), plus what a file needs: a short text may serve as title (make.org's proposals have
 * none), a kind, theme or commune is matched on its name whatever its case and accents, and the
 * other platform's figures must be numbers.
 */
final class ImportRowPolicy {

    static final int REFERENCE_MAX_LENGTH = 200;
    static final int URL_MAX_LENGTH = 1000;
    static final int ORIGINAL_LABEL_MAX_LENGTH = 500;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern THEME_SEPARATORS = Pattern.compile("[;|]");
    /** What a code looks like (digits, Corsica's 2A/2B): such a value that is not a valid code is a typing error, not a place name. */
    private static final Pattern CODE_LIKE = Pattern.compile("^(\\d+|2[AB]\\d*)$");

    private static final Pattern DIGIT_GROUPING = Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final Map<String, ContributionKind> KINDS = Map.ofEntries(
            Map.entry("need", ContributionKind.NEED), Map.entry("besoin", ContributionKind.NEED),
            Map.entry("proposal", ContributionKind.PROPOSAL), Map.entry("proposition", ContributionKind.PROPOSAL),
            Map.entry("testimony", ContributionKind.TESTIMONY), Map.entry("temoignage", ContributionKind.TESTIMONY));

    private final Map<String, Long> themes = new HashMap<>();
    private final Map<String, String> communes = new HashMap<>();
    private final ZoneId zone;
    private final Instant now;

    /** The consultation's themes, the territory's communes (INSEE code → name), its time zone, and now. */
    ImportRowPolicy(List<Theme> consultationThemes, Map<String, String> territoryCommunes, ZoneId zone, Instant now) {
        consultationThemes.forEach(theme -> themes.put(comparable(theme.name()), theme.id()));
        territoryCommunes.forEach((code, name) -> communes.put(comparable(name), code));
        this.zone = zone;
        this.now = now;
    }

    sealed interface Outcome {
        record Accepted(ImportedContribution contribution) implements Outcome {}

        record Rejected(RejectedRow row) implements Outcome {}
    }

    Outcome check(SourceRow row, ColumnMapping mapping) {
        String title = value(row, mapping, ImportField.TITLE);
        String body = value(row, mapping, ImportField.BODY);
        String excerpt = RejectedRow.excerpt(title.isEmpty() ? body : title);
        if (row.unreadable() != null) {
            return rejected(row, excerpt, row.unreadable());
        }
        try {
            return new Outcome.Accepted(contribution(row, mapping, title, body));
        } catch (UserFacingException refusal) {
            return rejected(row, excerpt, refusal.messageKey(), refusal.arguments());
        }
    }

    private ImportedContribution contribution(
            SourceRow row, ColumnMapping mapping, String givenTitle, String givenBody) {
        Set<String> notes = new LinkedHashSet<>();
        String title = givenTitle;
        String body = givenBody;
        if (title.isEmpty() && body.isEmpty()) {
            throw new UserFacingException("exchange.row.text.required");
        }
        if (title.isEmpty()) {
            if (body.length() > Contribution.TITLE_MAX_LENGTH) {
                throw new UserFacingException("exchange.row.title.missing", Contribution.TITLE_MAX_LENGTH);
            }
            // A title is one line: the text's line breaks and tabs become spaces in the title made from it.
            title = body.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ");
            notes.add("exchange.note.titleFromText");
        } else if (body.isEmpty()) {
            body = title;
            notes.add("exchange.note.textFromTitle");
        }
        if (!TextInput.isPlainLine(title)) {
            throw new UserFacingException("exchange.row.title.singleLine");
        }
        title = TextInput.required(title, Contribution.TITLE_MAX_LENGTH, "exchange.row.title");
        body = TextInput.required(body, Contribution.BODY_MAX_LENGTH, "exchange.row.body");
        String category = value(row, mapping, ImportField.THEMES);
        String scope = value(row, mapping, ImportField.COMMUNE);
        String reference = limited(
                value(row, mapping, ImportField.REFERENCE), REFERENCE_MAX_LENGTH, "exchange.row.reference.tooLong");
        String url = limited(value(row, mapping, ImportField.URL), URL_MAX_LENGTH, "exchange.row.url.tooLong");
        // Kept to be shown as a link one day: only web addresses, never javascript: or data: ones.
        if (!url.isEmpty() && !url.toLowerCase(Locale.ROOT).matches("^https?://\\S+$")) {
            throw new UserFacingException("exchange.row.url.invalid", url);
        }
        List<String> unknownCategories = new ArrayList<>();
        List<Long> themeIds = themeIds(category, mapping, unknownCategories, notes);
        return new ImportedContribution(
                row.line(),
                kind(value(row, mapping, ImportField.KIND)),
                title,
                body,
                commune(scope, notes),
                themeIds,
                date(value(row, mapping, ImportField.DATE)),
                blankToNull(reference),
                blankToNull(url),
                count(value(row, mapping, ImportField.SUPPORTS), "exchange.row.supports.invalid"),
                count(value(row, mapping, ImportField.COMMENTS), "exchange.row.comments.invalid"),
                blankToNull(limited(category, ORIGINAL_LABEL_MAX_LENGTH, "exchange.row.category.tooLong")),
                blankToNull(limited(scope, ORIGINAL_LABEL_MAX_LENGTH, "exchange.row.scope.tooLong")),
                Set.copyOf(notes),
                List.copyOf(unknownCategories),
                blankToNull(value(row, mapping, ImportField.AUTHOR)));
    }

    private static ContributionKind kind(String value) {
        if (value.isEmpty()) {
            return ContributionKind.PROPOSAL;
        }
        String key = comparable(value);
        ContributionKind kind = KINDS.get(key.endsWith("s") ? key.substring(0, key.length() - 1) : key);
        if (kind == null) {
            throw new UserFacingException("exchange.row.kind.unknown", value);
        }
        return kind;
    }

    /**
     * The themes of the row's categories: a theme of the consultation by its name, else the theme the admin chose
     * for that category in the preview; a category neither knows leaves the row without that theme, never refused
     * (a real export had a quarter of its rows in categories of its own).
     */
    private List<Long> themeIds(String value, ColumnMapping mapping, List<String> unknown, Set<String> notes) {
        List<Long> ids = new ArrayList<>();
        for (String name : THEME_SEPARATORS.split(value)) {
            if (name.isBlank()) {
                continue;
            }
            Long id = themes.get(comparable(name));
            if (id == null) {
                // Listed whether mapped or not, so that the admin can change a choice in the preview.
                if (!unknown.contains(name.strip())) {
                    unknown.add(name.strip());
                }
                id = mapping.themeOfCategory(name).filter(themes::containsValue).orElse(null);
                if (id == null) {
                    notes.add("exchange.note.categoryWithoutTheme");
                }
            }
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** An INSEE code, or the name of one of the territory's communes; another place name is kept as the original scope only. */
    private @Nullable String commune(String value, Set<String> notes) {
        if (value.isEmpty()) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (InseeCode.isValid(code)) {
            return code;
        }
        if (CODE_LIKE.matcher(code).matches()) {
            throw new UserFacingException("exchange.row.commune.invalid", value);
        }
        Optional<String> named = Optional.ofNullable(communes.get(comparable(value)));
        if (named.isEmpty()) {
            notes.add("exchange.note.scopeKept");
        }
        return named.orElse(null);
    }

    private @Nullable Instant date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        Instant date = ImportDates.parse(value, zone)
                .orElseThrow(() -> new UserFacingException("exchange.row.date.invalid", value));
        if (date.isAfter(now)) {
            throw new UserFacingException("exchange.row.date.future", value);
        }
        return date;
    }

    private static @Nullable Integer count(String value, String refusalKey) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int count = Integer.parseInt(DIGIT_GROUPING.matcher(value).replaceAll(""));
            if (count < 0) {
                throw new UserFacingException(refusalKey, value);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new UserFacingException(refusalKey, value);
        }
    }

    private static String limited(String value, int maxLength, String refusalKey) {
        if (value.length() > maxLength) {
            throw new UserFacingException(refusalKey, maxLength);
        }
        return value;
    }

    private static String value(SourceRow row, ColumnMapping mapping, ImportField field) {
        return row.value(mapping.column(field).orElse(null));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Outcome rejected(SourceRow row, String excerpt, String key, Object... arguments) {
        return new Outcome.Rejected(new RejectedRow(row.line(), key, Arrays.asList(arguments), excerpt));
    }

    /** A name as compared: without accents, case, typographic apostrophes or repeated spaces. */
    static String comparable(String name) {
        String plain =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.replace('’', '\'').toLowerCase(Locale.ROOT).strip())
                .replaceAll(" ");
    }
}
