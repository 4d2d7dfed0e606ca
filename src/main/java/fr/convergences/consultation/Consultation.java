package fr.convergences.consultation;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A question a council puts to its territory (concertation), for example on its diagnostic territorial. */
@MappedEntity("consultation")
public record Consultation(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        String title,
        String question,
        @Nullable String description,
        Instant createdAt) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int QUESTION_MAX_LENGTH = 500;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;

    /**
     * The id of a consultation read from or saved to the database. Only a consultation built with a null id and not
     * yet saved has none, and nothing asks it for one: if something does, it is a bug, named by {@link StoredId}.
     */
    public long storedId() {
        return StoredId.of(id);
    }
}
