package fr.convergences.motion.application;

import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.SittingMode;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sitting as the admin convenes it: start in the territory's local time, convocation notice in days, agenda of motions
 * (in order) and of other points (information, hearings, questions diverses, each at its rank among the motions), and,
 * for a sitting convened within the règlement's delay, the reason of the urgency (null otherwise).
 */
public record SittingForm(
        String title,
        SittingMode mode,
        @Nullable String place,
        @Nullable String onlineUrl,
        LocalDateTime startsAt,
        Integer noticeDays,
        List<Long> motionIds,
        @Nullable String urgentReason,
        List<AgendaPoint> points) {

    /** A sitting whose agenda holds only motions. */
    public SittingForm(
            String title,
            SittingMode mode,
            @Nullable String place,
            @Nullable String onlineUrl,
            LocalDateTime startsAt,
            Integer noticeDays,
            List<Long> motionIds,
            @Nullable String urgentReason) {
        this(title, mode, place, onlineUrl, startsAt, noticeDays, motionIds, urgentReason, List.of());
    }

    /** A sitting convened in the ordinary way, at least the règlement's delay ahead. */
    public SittingForm(
            String title,
            SittingMode mode,
            @Nullable String place,
            @Nullable String onlineUrl,
            LocalDateTime startsAt,
            Integer noticeDays,
            List<Long> motionIds) {
        this(title, mode, place, onlineUrl, startsAt, noticeDays, motionIds, null);
    }
}
