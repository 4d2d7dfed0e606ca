package fr.convergences.debate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What an organiser fills in: the day and the start and end times, in the territory's time zone (an end at or
 * before the start is refused: a debate is held within one day). A place (with its accessibility), an online link,
 * or both; agenda items in order.
 */
public record DebateForm(
        String title,
        String description,
        Long organisationId,
        LocalDate day,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        String communeInsee,
        boolean stepFree,
        boolean hearingLoop,
        String accessibilityNotes,
        String onlineUrl,
        Integer capacity,
        Audience audience,
        String audienceDetails,
        Set<Long> themeIds,
        List<String> agenda) {}
