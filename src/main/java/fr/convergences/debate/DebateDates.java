package fr.convergences.debate;

import fr.convergences.base.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** How a debate's day and hours are written for people: in its territory's time zone and in the reader's language. */
public final class DebateDates {

    private DebateDates() {}

    /**
     * For example "samedi 1er décembre 2026, 18:00 – 20:00", "Saturday, December 1, 2026, 6:00 PM – 8:00 PM": through
     * the message bundles (ICU), so that French writes "1er" and English its own order and hours.
     */
    public static String when(Instant startsAt, Instant endsAt, ZoneId zone, Locale locale) {
        ZonedDateTime start = startsAt.atZone(zone);
        return Messages.format("debate.dates.when", locale, start.getDayOfMonth(), start, endsAt.atZone(zone));
    }

    public static String day(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime at = instant.atZone(zone);
        return Messages.format("debate.dates.day", locale, at.getDayOfMonth(), at);
    }
}
