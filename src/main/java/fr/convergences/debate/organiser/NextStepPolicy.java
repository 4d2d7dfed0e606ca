package fr.convergences.debate.organiser;

import fr.convergences.debate.DebateStatus;
import fr.convergences.debate.DebateStore.OrganisedRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is left to do about a debate, in the order an organiser does it: wait for approval; follow registrations until
 * it starts; once it has begun, record attendance, write the minutes and type in the contributions gathered on the spot
 * (asked while none is captured). A cancelled debate asks nothing.
 */
public final class NextStepPolicy {

    private NextStepPolicy() {}

    public static List<NextStep> stepsFor(OrganisedRow debate, Instant now) {
        if (debate.status() == DebateStatus.CANCELLED) {
            return List.of();
        }
        if (debate.status() == DebateStatus.PENDING) {
            return List.of(NextStep.AWAIT_APPROVAL);
        }
        if (now.isBefore(debate.startsAt())) {
            return List.of(NextStep.FOLLOW_REGISTRATIONS);
        }
        List<NextStep> steps = new ArrayList<>();
        if (!debate.attendanceRecorded()) {
            steps.add(NextStep.RECORD_ATTENDANCE);
        }
        if (!debate.minutesWritten()) {
            steps.add(NextStep.WRITE_MINUTES);
        }
        if (debate.captured() == 0) {
            steps.add(NextStep.TYPE_CONTRIBUTIONS);
        }
        return List.copyOf(steps);
    }
}
