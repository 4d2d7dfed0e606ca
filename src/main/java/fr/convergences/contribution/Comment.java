package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A comment on a contribution, or a reply to one (one level only, so that discussions stay readable). A comment
 * hidden by the moderation stays in its thread as a placeholder, so that the replies keep their context.
 */
@MappedEntity("contribution_comment")
public record Comment(
        @Id @GeneratedValue @Nullable Long id,
        Long contributionId,
        @Nullable Long parentId,
        @Nullable Long authorAccountId,
        Stance stance,
        String body,
        Instant createdAt,
        boolean hidden,
        @Nullable String hiddenReason) {

    public static final int BODY_MAX_LENGTH = 1000;

    public static Comment create(
            long contributionId,
            @Nullable Long parentId,
            @Nullable Long authorAccountId,
            Stance stance,
            String body,
            Instant now) {
        return new Comment(null, contributionId, parentId, authorAccountId, stance, body, now, false, null);
    }

    /**
     * The id of a comment read from or saved to the database. Only a comment built by {@link #create} and not yet saved
     * has none, and nothing asks it for one: if something does, it is a bug, named here rather than as an unboxing.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved comment has no id yet");
        }
        return id;
    }

    public Comment withModeration(boolean isHidden, @Nullable String reason) {
        return new Comment(id, contributionId, parentId, authorAccountId, stance, body, createdAt, isHidden, reason);
    }

    /** The text with a passage replaced, for moderators who redact personal health data. */
    public Comment withBody(String redactedBody) {
        return new Comment(
                id, contributionId, parentId, authorAccountId, stance, redactedBody, createdAt, hidden, hiddenReason);
    }
}
