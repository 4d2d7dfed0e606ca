package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One dated entry of an action's progress log; a status change carries the new status. Appended, never edited. */
@MappedEntity("project_action_progress")
public record ProgressEntry(
        @Id @GeneratedValue @Nullable Long id,
        Long actionId,
        LocalDate notedOn,
        @Nullable String text,
        @Nullable ActionStatus status,
        Long recordedBy,
        Instant recordedAt) {

    public static final int TEXT_MAX_LENGTH = 5000;
}
