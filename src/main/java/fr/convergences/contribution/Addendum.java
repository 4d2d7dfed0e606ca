package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A dated addition by the author, once the contribution can no longer be rewritten. */
@MappedEntity("contribution_addendum")
public record Addendum(@Id @GeneratedValue @Nullable Long id, Long contributionId, String body, Instant createdAt) {

    public static final int BODY_MAX_LENGTH = 1500;
}
