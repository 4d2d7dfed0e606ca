package fr.convergences.territory;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A territory of health democracy: usually a département, but not always, so the code is free
 * text. Its time zone matters because overseas territories are not on Paris time.
 */
@MappedEntity("territory")
public record Territory(@Id @GeneratedValue @Nullable Long id, String code, String name, String timeZone) {

    public static final int CODE_MAX_LENGTH = 16;
    public static final int NAME_MAX_LENGTH = 200;

    /** The id of a territory read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }
}
