package fr.convergences.territory.organisation;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person's membership of an organisation: requested, then approved or rejected by its administrators. */
@MappedEntity("organisation_membership")
public record Membership(
        @Id @GeneratedValue @Nullable Long id,
        Long organisationId,
        Long accountId,
        boolean administrator,
        MembershipStatus status,
        Instant requestedAt,
        @Nullable Instant decidedAt,
        @Nullable Long decidedBy) {

    public enum MembershipStatus {
        PENDING,
        APPROVED,
        REJECTED
    }

    /** The id of a membership read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }

    public boolean isApproved() {
        return status == MembershipStatus.APPROVED;
    }
}
