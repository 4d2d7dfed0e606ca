package fr.convergences.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person suspended from taking part in one council's space, by a moderator or a council admin, with a reason,
 * until a last day (included, in the territory's time zone) or until lifted. Reading stays open; the person's
 * mandates and votes are untouched. {@link Permissions} refuses the participation actions while it is in force.
 */
@MappedEntity("council_suspension")
public record CouncilSuspension(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        Long accountId,
        String reason,
        Long suspendedBy,
        Instant startsAt,
        @Nullable LocalDate lastDay,
        @Nullable Instant endsAt,
        @Nullable Instant liftedAt,
        @Nullable Long liftedBy,
        @Nullable String liftReason,
        @Version @Nullable Long version) {

    public static final int REASON_MAX_LENGTH = 500;

    public boolean inForceAt(Instant instant) {
        return !startsAt.isAfter(instant) && (endsAt == null || endsAt.isAfter(instant)) && liftedAt == null;
    }

    public CouncilSuspension lifted(long by, String reason, Instant at) {
        return new CouncilSuspension(
                id, councilId, accountId, this.reason, suspendedBy, startsAt, lastDay, endsAt, at, by, reason, version);
    }
}
