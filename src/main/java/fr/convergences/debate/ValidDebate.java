package fr.convergences.debate;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A debate form that passed every check: clean texts, times in order, a place or a link, a positive capacity. */
record ValidDebate(
        String title,
        String description,
        @Nullable Long organisationId,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String communeInsee,
        boolean stepFree,
        boolean hearingLoop,
        @Nullable String accessibilityNotes,
        @Nullable String onlineUrl,
        int capacity,
        Audience audience,
        @Nullable String audienceDetails,
        Set<Long> themeIds,
        List<String> agenda) {}
