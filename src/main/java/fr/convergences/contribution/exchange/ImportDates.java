package fr.convergences.contribution.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates an imported file may carry: ISO 8601 (with or without offset or time), Decidim's CSV form
 * ({@code 2021-03-04 10:11:12 UTC}), and the French day-first form of spreadsheets
 * ({@code 04/03/2021 10:11}). A date without offset is the territory's.
 */
public final class ImportDates {

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final Pattern UTC_SUFFIX = Pattern.compile(" ?UTC$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile(" ?([+-]\\d{2}):?(\\d{2})$");
    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu[ HH:mm[:ss]]").withResolverStyle(ResolverStyle.STRICT);

    private ImportDates() {}

    public static Optional<Instant> parse(String text, ZoneId zone) {
        String value = text.strip();
        String iso = SPACE_BEFORE_TIME.matcher(value).replaceFirst("$1T$2");
        iso = UTC_SUFFIX.matcher(iso).replaceFirst("Z");
        if (iso.contains("T")) {
            iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).atZone(zone).toInstant());
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notADay) {
            // try the next form
        }
        try {
            TemporalAccessor parsed = FRENCH.parseBest(value, LocalDateTime::from, LocalDate::from);
            return Optional.of(
                    parsed instanceof LocalDateTime time
                            ? time.atZone(zone).toInstant()
                            : ((LocalDate) parsed).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notFrench) {
            return Optional.empty();
        }
    }
}
