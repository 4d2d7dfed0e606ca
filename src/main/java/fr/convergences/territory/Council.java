package fr.convergences.territory;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The territorial health council (conseil territorial de santé) of one territory. */
@MappedEntity("council")
public record Council(@Id @GeneratedValue @Nullable Long id, Long territoryId, String name, String slug) {

    public static final int NAME_MAX_LENGTH = 200;

    /** The id of a council read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }
}
