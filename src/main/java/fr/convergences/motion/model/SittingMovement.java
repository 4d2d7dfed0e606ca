package fr.convergences.motion.model;

import java.time.Instant;

/** A member coming or going during a sitting, with its time: the chair's screen and the minutes list them. */
public record SittingMovement(Instant at, Kind kind, long mandateId, String personName) {

    /** An arrival (check-in), a departure, or a check-in taken back because it was a mistake. */
    public enum Kind {
        ARRIVAL,
        DEPARTURE,
        CORRECTION
    }
}
