package fr.convergences.debate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a debate's day and hours are written for people: in its territory's time zone and in the reader's language. */
public final class DebateDates {

    private DebateDates() {
    }

    /** For example "samedi 12 décembre 2026, 18:00 – 20:00". */
    public static String when(Instant startsAt, Instant endsAt, ZoneId zone, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", locale);
        return day.format(startsAt.atZone(zone)) + ", " + hour.format(startsAt.atZone(zone)) + " – " + hour.format(endsAt.atZone(zone));
    }

    public static String day(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(instant.atZone(zone));
    }
}
