package fr.convergences.debate.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A public debate as lists and calendars show it (no registrant, no minutes). It has a place, a link or both; a
 * commune's name is there when its code is (the code itself when the commune is not in the territory's list).
 */
public record DebateListing(
        long id,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String communeInsee,
        @Nullable String communeName,
        @Nullable String onlineUrl,
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
