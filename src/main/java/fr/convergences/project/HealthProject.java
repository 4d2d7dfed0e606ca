package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** The projet territorial de santé of a council: one per council (a unique key), its text adopted in versions. */
@MappedEntity("health_project")
public record HealthProject(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        String title,
        Long createdBy,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 200;
}
