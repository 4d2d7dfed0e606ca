package fr.convergences.motion.model;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A motion of a council: drafted by its admins, published, voted, decided; an avis also records when it was sent to the
 * agency and by when a reply is expected (the replies themselves are a register, {@link ArsReply}).
 */
@MappedEntity("motion")
public record Motion(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        @Nullable Long consultationId,
        MotionKind kind,
        String title,
        String body,
        String reasons,
        MotionStatus status,
        @Nullable Long winningOptionId,
        Long createdBy,
        Instant createdAt,
        @Nullable Instant decidedAt,
        @Nullable LocalDate arsSentOn,
        @Nullable LocalDate arsReplyDueOn,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 20000;
    public static final int MAX_OPTIONS = 10;

    /** The id of a motion read from or saved to the database: only one not saved yet has none (a bug to ask). */
    public long storedId() {
        return StoredId.of(id);
    }

    public Motion withStatus(MotionStatus newStatus, @Nullable Long winner, @Nullable Instant decided) {
        return new Motion(
                id,
                councilId,
                consultationId,
                kind,
                title,
                body,
                reasons,
                newStatus,
                winner,
                createdBy,
                createdAt,
                decided,
                arsSentOn,
                arsReplyDueOn,
                version);
    }

    public Motion withText(
            @Nullable Long newConsultationId, MotionKind newKind, String newTitle, String newBody, String newReasons) {
        return new Motion(
                id,
                councilId,
                newConsultationId,
                newKind,
                newTitle,
                newBody,
                newReasons,
                status,
                winningOptionId,
                createdBy,
                createdAt,
                decidedAt,
                arsSentOn,
                arsReplyDueOn,
                version);
    }

    public Motion withFollowUp(LocalDate sentOn, @Nullable LocalDate replyDueOn) {
        return new Motion(
                id,
                councilId,
                consultationId,
                kind,
                title,
                body,
                reasons,
                status,
                winningOptionId,
                createdBy,
                createdAt,
                decidedAt,
                sentOn,
                replyDueOn,
                version);
    }
}
