package fr.convergences.consultation;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A theme of a consultation's taxonomy; the defaults are health-democracy themes, editable per consultation. */
@MappedEntity("theme")
public record Theme(@Id @GeneratedValue @Nullable Long id, Long consultationId, String name, int position) {

    public static final int NAME_MAX_LENGTH = 120;

    /** The id of a theme read from or saved to the database (see {@link Consultation#storedId()}). */
    public long storedId() {
        return StoredId.of(id);
    }
}
