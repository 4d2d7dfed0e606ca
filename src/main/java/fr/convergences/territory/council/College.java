package fr.convergences.territory.council;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A college of a council: data, not code, so that each council defines its own. */
@MappedEntity("college")
public record College(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        String name,
        @Nullable String description,
        int seats,
        int position) {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    public static final int MAX_SEATS = 500;

    /** The id of a college read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }
}
