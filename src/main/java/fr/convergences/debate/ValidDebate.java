package fr.convergences.debate;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A debate form that passed every check: clean texts, times in order, a place or a link, a positive capacity. */
record ValidDebate(
        String title,
        String description,
        Long organisationId,
        Instant startsAt,
        Instant endsAt,
        String place,
        String communeInsee,
        boolean stepFree,
        boolean hearingLoop,
        String accessibilityNotes,
        String onlineUrl,
        int capacity,
        Audience audience,
        String audienceDetails,
        Set<Long> themeIds,
        List<String> agenda) {}
