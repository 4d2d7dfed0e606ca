package fr.convergences.motion.application;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.infrastructure.ArsReplyRepository;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.motion.model.ArsReplyKind;
import fr.convergences.motion.model.ArsReplyRecorded;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The agency's follow-up of an adopted avis, as a register: the secretariat records when the avis was sent and by when a
 * reply is expected, then each reply as it comes (accepted, partly, refused, or none by the expected date). Replies
 * accumulate and are never overwritten; each is audited and published as {@link ArsReplyRecorded}.
 */
@Singleton
public class ArsFollowUpService {

    /** The register of an avis: when it was sent, by when a reply is expected, and the replies in date order. */
    public record Register(
            @Nullable LocalDate sentOn, @Nullable LocalDate replyDueOn, List<ArsReply> replies) {}

    private final MotionRepository motions;
    private final ArsReplyRepository replies;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ArsReplyRecorded> events;
    private final Clock clock;

    public ArsFollowUpService(
            MotionRepository motions,
            ArsReplyRepository replies,
            CouncilZones zones,
            Permissions permissions,
            AuditTrail audit,
            ApplicationEventPublisher<ArsReplyRecorded> events,
            Clock clock) {
        this.motions = motions;
        this.replies = replies;
        this.zones = zones;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records (or corrects) when the avis was sent to the agency and by when its reply is expected. */
    @Transactional
    public Motion recordSending(
            Actor actor, long motionId, @Nullable LocalDate sentOn, @Nullable LocalDate replyDueOn) {
        Motion motion = adoptedAvis(actor, motionId);
        if (sentOn == null) {
            throw new UserFacingException("motion.followUp.sentOnRequired");
        }
        if (sentOn.isAfter(zones.today(motion.councilId())) || (replyDueOn != null && replyDueOn.isBefore(sentOn))) {
            throw new UserFacingException("motion.followUp.dates");
        }
        Motion updated = motions.update(motion.withFollowUp(sentOn, replyDueOn));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(
                "sentOn", motion.arsSentOn() == null ? null : motion.arsSentOn().toString());
        before.put(
                "replyDueOn",
                motion.arsReplyDueOn() == null ? null : motion.arsReplyDueOn().toString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("sentOn", sentOn.toString());
        after.put("replyDueOn", replyDueOn == null ? null : replyDueOn.toString());
        audit.record(new AuditEvent(
                actor, motion.councilId(), "motion.followUp.sent", "motion", String.valueOf(motionId), before, after));
        return updated;
    }

    /** Adds a reply of the agency to the register; the earlier ones stay as they were. */
    @Transactional
    public ArsReply recordReply(
            Actor actor,
            long motionId,
            @Nullable LocalDate receivedOn,
            @Nullable ArsReplyKind kind,
            @Nullable String text) {
        Motion motion = adoptedAvis(actor, motionId);
        if (motion.arsSentOn() == null) {
            throw new UserFacingException("motion.followUp.notSentYet");
        }
        if (kind == null) {
            throw new UserFacingException("motion.followUp.kindRequired");
        }
        String clean = kind == ArsReplyKind.NONE
                ? TextInput.optional(text, ArsReply.TEXT_MAX_LENGTH, "motion.followUp.reply")
                : TextInput.required(text, ArsReply.TEXT_MAX_LENGTH, "motion.followUp.reply");
        if (receivedOn == null
                || receivedOn.isBefore(motion.arsSentOn())
                || receivedOn.isAfter(zones.today(motion.councilId()))) {
            throw new UserFacingException("motion.followUp.replyDate");
        }
        Instant now = clock.instant();
        ArsReply reply = replies.save(new ArsReply(null, motionId, receivedOn, kind, clean, actor.accountId(), now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("receivedOn", receivedOn.toString());
        after.put("kind", kind.name());
        after.put("text", clean);
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.followUp.reply",
                "motion",
                String.valueOf(motionId),
                Map.of(),
                after));
        events.publishEvent(new ArsReplyRecorded(motionId, motion.councilId(), StoredId.of(reply.id()), kind, now));
        return reply;
    }

    /** The public register of an avis. */
    @Transactional(readOnly = true)
    public Register register(long motionId) {
        Motion motion = motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
        return new Register(motion.arsSentOn(), motion.arsReplyDueOn(), replies.findRegister(motionId));
    }

    private Motion adoptedAvis(Actor actor, long motionId) {
        Motion motion = motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
        permissions.require(actor, Action.RECORD_ARS_FOLLOW_UP, motion.councilId());
        if (motion.kind() != MotionKind.AVIS || motion.status() != MotionStatus.ADOPTED) {
            throw new UserFacingException("motion.followUp.adoptedAvisOnly");
        }
        return motion;
    }
}
