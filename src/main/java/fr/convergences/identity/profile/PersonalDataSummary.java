package fr.convergences.identity.profile;

import fr.convergences.base.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readable twin of the personal-data download: the same content as the JSON, as an HTML page a person can open
 * in a browser, with headings in their language and how many items each part holds. Every value is escaped: the
 * texts are the person's own and others' words. Machine values (an enumeration's constant such as {@code SIGN_UP} or
 * {@code FOR}, a yes or no) and dates ({@code 2026-12-08T09:30:00Z}) are shown in words from the bundle ("8 décembre
 * 2026 à 10:30 (heure d’Europe centrale)"); the JSON keeps them as they are, being a data file.
 */
final class PersonalDataSummary {

    /** The fields whose values are constants of an enumeration: only these are put into words, never a person's text. */
    private static final Set<String> CONSTANT_FIELDS =
            Set.of("status", "kind", "channel", "role", "stance", "outcome", "answerStatus", "participantAgeBand");

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /** The fields that hold a moment or a day: every export names them so ({@code createdAt}, {@code lastDay}). */
    private static final Pattern DATE_FIELD = Pattern.compile("[a-z][A-Za-z]*(At|Day)");

    /**
     * Moments are shown in mainland France's zone, the platform's own: the export does not say in which territory the
     * person lives, and the zone's name is written beside each time, so a reader elsewhere is not misled.
     */
    private static final ZoneId SHOWN_ZONE = ZoneId.of("Europe/Paris");

    private final Messages messages;
    private final Locale locale;

    PersonalDataSummary(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String render(Map<String, Object> export) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(Messages.supported(locale).getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(text("identity.data.summary.title")))
                .append(
                        "</title><style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}dt{font-weight:bold}"
                                + "dd{margin:0 0 .5rem 1rem;white-space:pre-wrap}li{margin-bottom:1rem}</style></head><body>\n<h1>")
                .append(escape(text("identity.data.summary.title")))
                .append("</h1>\n<p>")
                .append(escape(text("identity.data.summary.exportedAt", exportedAt(export.get("exportedAt")))))
                .append("</p>\n");
        export.forEach((key, value) -> {
            if (!"exportedAt".equals(key)) {
                html.append("<section id=\"")
                        .append(escape(key))
                        .append("\"><h2>")
                        .append(escape(label(key)))
                        .append("</h2>\n");
                value(html, value, 3, key);
                html.append("</section>\n");
            }
        });
        return html.append("</body></html>\n").toString();
    }

    private String exportedAt(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? "—" : date(value).orElse(String.valueOf(value));
    }

    private void value(StringBuilder html, Object value, int level, String field) {
        switch (value) {
            case null -> html.append("—");
            case Map<?, ?> map -> {
                html.append("<dl>");
                map.forEach((key, item) -> {
                    boolean nested = item instanceof Map<?, ?> || item instanceof List<?>;
                    html.append("<dt>")
                            .append(escape(label(String.valueOf(key))))
                            .append("</dt><dd>");
                    if (nested && level <= 6) {
                        value(html, item, level + 1, String.valueOf(key));
                    } else {
                        value(html, item, level, String.valueOf(key));
                    }
                    html.append("</dd>");
                });
                html.append("</dl>\n");
            }
            case List<?> list -> {
                html.append("<p>")
                        .append(escape(text("identity.data.summary.count", list.size())))
                        .append("</p>");
                if (!list.isEmpty()) {
                    html.append("<ol>");
                    list.forEach(item -> {
                        html.append("<li>");
                        value(html, item, level, field);
                        html.append("</li>");
                    });
                    html.append("</ol>\n");
                }
            }
            case Boolean yes -> html.append(escape(text(yes ? "identity.data.value.yes" : "identity.data.value.no")));
            default ->
                html.append(escape(
                        DATE_FIELD.matcher(field).matches()
                                ? date(value).orElse(String.valueOf(value))
                                : shown(String.valueOf(value), field)));
        }
    }

    /**
     * A constant in words when its field holds constants (or is itself one: a notification kind whose value is the
     * chosen frequency); anything else, and a constant the bundle does not know, as it is.
     */
    private String shown(String value, String field) {
        if ((CONSTANT_FIELDS.contains(field) || CONSTANT.matcher(field).matches())
                && CONSTANT.matcher(value).matches()) {
            return words(value).orElse(value);
        }
        return value;
    }

    /**
     * A date field's value in words, whatever form the section gave it (a {@code java.time} value, a JDBC timestamp, or
     * its ISO text); empty for anything else, which is then shown as it is.
     */
    private java.util.Optional<String> date(Object value) {
        TemporalAccessor parsed = switch (value) {
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case java.sql.Date day -> day.toLocalDate();
            case Instant instant -> instant;
            case OffsetDateTime moment -> moment.toInstant();
            case ZonedDateTime moment -> moment.toInstant();
            case LocalDate day -> day;
            case String text -> parsed(text);
            default -> null;
        };
        return switch (parsed) {
            case Instant instant -> java.util.Optional.of(Messages.moment(instant.atZone(SHOWN_ZONE), locale));
            case LocalDate day -> java.util.Optional.of(Messages.day(day, locale));
            case null, default -> java.util.Optional.empty();
        };
    }

    private static @org.jspecify.annotations.Nullable TemporalAccessor parsed(String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private java.util.Optional<String> words(String constant) {
        String words = messages.getTranslation("identity.data.value." + constant, locale);
        return words.startsWith("!") ? java.util.Optional.empty() : java.util.Optional.of(words);
    }

    /**
     * The heading of a part of the download or of a field, or the words of a constant used as a key (a notification
     * kind), or its JSON name when the bundle has none (a feature's newer section).
     */
    private String label(String key) {
        String label = messages.getTranslation("identity.data.key." + key, locale);
        if (!label.startsWith("!")) {
            return label;
        }
        return CONSTANT.matcher(key).matches() ? words(key).orElse(key) : key;
    }

    private String text(String key, Object... arguments) {
        return messages.getTranslation(key, locale, arguments);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
