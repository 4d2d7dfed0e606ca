package fr.convergences.identity.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the daily digest goes out: at 7:00 in the platform's time zone. Each hourly run sends what was notified up to
 * the last such moment, so a run missed by a crash is made up by the next one, and a run after 7:00 never starts a
 * second digest for items that arrived since.
 */
public final class DigestSchedule {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalTime SENDING_TIME = LocalTime.of(7, 0);

    private DigestSchedule() {}

    /** The last 7:00 at or before {@code now}, in the zone. */
    public static Instant lastSending(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(SENDING_TIME).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }
}
