package fr.convergences.debate;

import fr.convergences.consultation.Theme;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A debate as its page shows it: where and when (in its territory's zone), who organises it, its themes and agenda,
 * how many seats are taken, and afterwards its attendance, minutes and captured contributions. No registrant here:
 * their names and e-mails are read by the organiser through {@link RegistrationService}.
 */
public record DebateDetails(
        Debate debate,
        String consultationTitle,
        String councilName,
        ZoneId zone,
        String organiser,
        @Nullable String communeName,
        List<Theme> themes,
        List<String> agenda,
        long confirmed,
        long waiting,
        Optional<Attendance> attendance,
        List<DebateStore.CapturedContribution> contributions) {

    public long seatsLeft() {
        return Math.max(0, debate.capacity() - confirmed);
    }
}
