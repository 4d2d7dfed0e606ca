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

    /**
     * The id of a diagnostic read from or saved to the database. Only one built by {@code open} and not yet saved has
     * none, and nothing asks it for one: if something does, it is a bug, named here rather than as an unboxing.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved diagnostic has no id yet");
        }
        return id;
    }
}
