package fr.convergences.contribution.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A moderation decision against a content (a contribution, or a comment when {@code commentId} is set): hiding it,
 * or redacting a passage. Its author may appeal it once. A redaction records where the passage was and how long it
 * was, never the passage itself.
 */
@MappedEntity("moderation_decision")
public record ModerationDecision(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        Long contributionId,
        @Nullable Long commentId,
        Kind kind,
        String reason,
        @Nullable Long moderatorId,
        @Nullable String redactedFields,
        @Nullable Integer removedLength,
        Instant decidedAt) {

    public enum Kind {
        HIDE,
        REDACT
    }

    /** Hidden by the platform after reports from several established accounts, pending a moderator's review. */
    public boolean automatic() {
        return moderatorId == null;
    }

    /**
     * The id of a decision read from or saved to the database. Only a decision built by {@link #hide} or {@link #redact}
     * and not yet saved has none, and nothing asks it for one: if something does, it is a bug, named here.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved moderation decision has no id yet");
        }
        return id;
    }

    public boolean onComment() {
        return commentId != null;
    }

    public static ModerationDecision hide(
            long councilId,
            long contributionId,
            @Nullable Long commentId,
            String reason,
            @Nullable Long moderatorId,
            Instant now) {
        return new ModerationDecision(
                null, councilId, contributionId, commentId, Kind.HIDE, reason, moderatorId, null, null, now);
    }

    public static ModerationDecision redact(
            long councilId,
            long contributionId,
            @Nullable Long commentId,
            String reason,
            long moderatorId,
            String fields,
            int removedLength,
            Instant now) {
        return new ModerationDecision(
                null,
                councilId,
                contributionId,
                commentId,
                Kind.REDACT,
                reason,
                moderatorId,
                fields,
                removedLength,
                now);
    }
}
