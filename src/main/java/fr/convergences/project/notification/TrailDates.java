package fr.convergences.project.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Days of the trail as ICU formats them. */
final class TrailDates {

    private TrailDates() {}

    static Date of(LocalDate day) {
        // ICU formats a Date; noon keeps the day whatever the server's time zone.
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
