package fr.convergences.territory.organisation;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An association, CPTS, health establishment or local authority in whose name people may speak. */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        OrganisationKind kind,
        boolean approved,
        @Nullable String approvalNumber,
        @Nullable Long territoryId,
        boolean verified,
        @Nullable Instant createdAt) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int APPROVAL_NUMBER_MAX_LENGTH = 64;

    /** The id of an organisation read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }
}
