package fr.convergences.motion.application;

import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.DocumentLink;
import fr.convergences.motion.model.RollSeat;
import fr.convergences.motion.model.Sitting;
import io.micronaut.core.annotation.Nullable;
import java.time.ZoneId;
import java.util.List;

/**
 * A sitting's page: the convocation, the agenda, the roll, and what the person looking at it can do. Before the sitting
 * has started ({@code started} false) nobody is absent yet: members not checked in are expected.
 */
public record SittingDetails(
        Sitting sitting,
        String councilSlug,
        ZoneId zone,
        List<AgendaLine> agenda,
        List<RollSeat> roll,
        @Nullable Mine mine,
        List<Member> possibleHolders,
        boolean canRecordAttendance,
        boolean canConvene,
        boolean started,
        @Nullable String urgentReason) {

    /** The person's own situation: their mandate in the council, if any, and what they declared. */
    public record Mine(
            Long mandateId,
            boolean titular,
            boolean absent,
            boolean present,
            @Nullable String proxyGivenTo,
            @Nullable String proxyHeldFor,
            boolean substituteCanSit) {}

    public record Member(long accountId, String name) {}

    /**
     * A line of the agenda: a motion (its id and title) or another point (its kind and title, which questions diverses may
     * lack), with its documents (the motion's attachments, or the point's).
     */
    public record AgendaLine(
            @Nullable Long motionId,
            @Nullable AgendaPoint.Kind kind,
            @Nullable String title,
            List<DocumentLink> documents) {}
}
