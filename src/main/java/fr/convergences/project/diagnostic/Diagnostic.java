package fr.convergences.project.diagnostic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A council's diagnostic territorial (one per council), built from one of its consultations. */
@MappedEntity("diagnostic")
public record Diagnostic(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        Long consultationId,
        String title,
        Long createdBy,
        Instant createdAt) {

    public static final int TITLE_MAX_LENGTH = 200;
}
