package fr.convergences.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/**
 * A refusal because the person is suspended from taking part in this council: it says so, and until when,
 * rather than the generic refusal. Being an {@link AccessDeniedException}, every caller that handles refusals
 * handles it, and services need no extra check.
 */
public class SuspendedException extends AccessDeniedException {

    public SuspendedException(Action action, @Nullable LocalDate lastDay) {
        super(
                action,
                lastDay == null ? "moderation.suspended.indefinitely" : "moderation.suspended.until",
                argument(lastDay));
    }

    private static Object[] argument(@Nullable LocalDate lastDay) {
        // Message patterns format dates in the JVM's default zone: noon of that day in that zone is that day.
        return lastDay == null
                ? new Object[0]
                : new Object[] {
                    Date.from(
                            lastDay.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant())
                };
    }
}
