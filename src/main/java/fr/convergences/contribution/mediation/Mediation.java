package fr.convergences.contribution.mediation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * How a contribution of someone who is not online was collected: by whom, for which organisation,
 * where, and when the person's consent was recorded. The person's name and age band are optional
 * personal data, shown to council admins only and never exported.
 */
@MappedEntity("contribution_mediation")
public record Mediation(
        @Id Long contributionId,
        @Nullable Long collectedBy,
        @Nullable Long organisationId,
        String place,
        Instant consentRecordedAt,
        @Nullable String participantName,
        @Nullable AgeBand participantAgeBand) {

    public static final int PLACE_MAX_LENGTH = 200;
    public static final int NAME_MAX_LENGTH = 120;
}
