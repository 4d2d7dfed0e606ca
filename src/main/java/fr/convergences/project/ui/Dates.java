package fr.convergences.project.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** A day as the message formats take it: ICU formats a {@link Date}; noon keeps the day whatever the server's time zone. */
final class Dates {

    private Dates() {}

    static Date of(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
