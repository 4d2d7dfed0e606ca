package fr.convergences.debate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser fills in: the day and the start and end times, in the territory's time zone (an end at or
 * before the start is refused: a debate is held within one day). A place (with its accessibility), an online link,
 * or both; agenda items in order. A field left empty is null: the validator refuses or defaults each one.
 */
public record DebateForm(
        String title,
        String description,
        @Nullable Long organisationId,
        @Nullable LocalDate day,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Nullable String place,
        @Nullable String communeInsee,
        boolean stepFree,
        boolean hearingLoop,
        @Nullable String accessibilityNotes,
        @Nullable String onlineUrl,
        @Nullable Integer capacity,
        @Nullable Audience audience,
        @Nullable String audienceDetails,
        Set<Long> themeIds,
        List<String> agenda) {}
