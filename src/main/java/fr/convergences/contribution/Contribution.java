package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A contribution as published. The author may be a deleted account (shown as such), so the id is nullable. */
@MappedEntity("contribution")
public record Contribution(
        @Id @GeneratedValue @Nullable Long id,
        Long consultationId,
        @Nullable Long authorAccountId,
        ContributionKind kind,
        String title,
        String body,
        @Nullable String communeInsee,
        ContributionStatus status,
        Instant publishedAt,
        boolean hidden,
        @Nullable String hiddenReason,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int BODY_MAX_LENGTH = 3000;

    public Contribution withModeration(boolean isHidden, String reason) {
        return new Contribution(id, consultationId, authorAccountId, kind, title, body, communeInsee, status, publishedAt, isHidden, reason, version);
    }
}
