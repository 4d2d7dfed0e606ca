package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A comment on a contribution, or a reply to one (one level only, so that discussions stay readable). */
@MappedEntity("contribution_comment")
public record Comment(
        @Id @GeneratedValue @Nullable Long id,
        Long contributionId,
        @Nullable Long parentId,
        @Nullable Long authorAccountId,
        Stance stance,
        String body,
        Instant createdAt) {

    public static final int BODY_MAX_LENGTH = 1000;
}
