package fr.convergences.contribution.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** An author's appeal against one moderation decision (one per decision), and the moderators' outcome. */
@MappedEntity("moderation_appeal")
public record ModerationAppeal(
        @Id @GeneratedValue @Nullable Long id,
        Long decisionId,
        Long appellantId,
        String text,
        Instant createdAt,
        @Nullable Outcome outcome,
        @Nullable String outcomeReason,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Version @Nullable Long version) {

    public static final int TEXT_MAX_LENGTH = 1000;

    /** Upheld: the decision stands. Reversed: a hidden content is shown again (redacted words cannot come back). */
    public enum Outcome {
        UPHELD,
        REVERSED
    }

    public boolean pending() {
        return outcome == null;
    }

    ModerationAppeal decided(Outcome chosen, String reason, long moderatorId, Instant now) {
        return new ModerationAppeal(
                id, decisionId, appellantId, text, createdAt, chosen, reason, moderatorId, now, version);
    }
}
