package fr.convergences.territory;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A port: what a feature has open now or announced, for the home page. The home page lives in {@code territory}, to
 * the left of consultations and debates, so it cannot call them; each of them implements this interface instead, and
 * the home page receives every implementation. Public data only: what anyone may read without signing in.
 */
public interface OpenNow {

    /** What is open or announced, at most {@code limit} items, the soonest first. */
    List<Item> openNow(int limit);

    enum Kind {
        CONSULTATION,
        DEBATE
    }

    /**
     * One thing to take part in. A consultation has a phase (its message key) in progress ({@code current}) until
     * {@code endsOn}, or coming from {@code startsOn}; a debate has its start in its territory's time zone.
     * {@code order} places it among the others: the end of the current phase, or the start of what is coming.
     */
    record Item(
            Kind kind,
            String title,
            String link,
            String councilName,
            @Nullable String phaseKey,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable ZonedDateTime startsAt,
            boolean current,
            Instant order) {

        /**
         * A consultation's phase: in progress until the end of {@code endsOn}, placed by that end; or coming, placed by
         * its first day. Days are the territory's ({@code zone}).
         */
        public static Item phase(
                String title,
                String link,
                String councilName,
                String phaseKey,
                LocalDate startsOn,
                LocalDate endsOn,
                boolean current,
                ZoneId zone) {
            LocalDate placedOn = current ? endsOn : startsOn;
            return new Item(
                    Kind.CONSULTATION,
                    title,
                    link,
                    councilName,
                    phaseKey,
                    startsOn,
                    endsOn,
                    null,
                    current,
                    placedOn.atStartOfDay(zone).toInstant());
        }

        /** A debate, at its start in its territory's time zone; {@code current} once it has begun. */
        public static Item debate(
                String title, String link, String councilName, ZonedDateTime startsAt, boolean current) {
            return new Item(
                    Kind.DEBATE, title, link, councilName, null, null, null, startsAt, current, startsAt.toInstant());
        }
    }
}
