package fr.convergences.debate.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which public debates to list: of one council (by its slug) or all, in one commune or all, on one theme (by its
 * name, since each consultation has its own themes) or all, starting within [from, to) or ending after {@code from}
 * when {@code to} is null.
 */
public record DebateFilter(
        @Nullable String councilSlug,
        @Nullable String communeInsee,
        @Nullable String theme,
        Instant from,
        @Nullable Instant to) {

    public static DebateFilter upcoming(Instant now) {
        return new DebateFilter(null, null, null, now, null);
    }

    public DebateFilter withoutPlaceAndTheme() {
        return new DebateFilter(councilSlug, null, null, from, to);
    }
}
