package fr.convergences.debate.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A public debate as lists and calendars show it (no registrant, no minutes). */
public record DebateListing(
        long id,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String communeInsee,
        String communeName,
        String onlineUrl,
        String councilName,
        String councilSlug,
        ZoneId zone,
        long consultationId,
        String consultationTitle,
        int capacity,
        long confirmed,
        List<String> themes,
        long version) {

    public long seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
