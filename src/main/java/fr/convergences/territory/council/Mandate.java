package fr.convergences.territory.council;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

/**
 * A seat held by a person in a college, as appointed by the regional health agency's order: titular
 * or substitute, for a period. It exists before the person has an account; the invitation links them.
 */
@MappedEntity("mandate")
public record Mandate(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        Long collegeId,
        MandateKind kind,
        @Nullable Integer seat,
        @Nullable Long titularMandateId,
        String personName,
        @Nullable String email,
        @Nullable Long accountId,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String appointmentOrder,
        boolean votingRight,
        MandateStatus status,
        @Nullable LocalDate endedOn,
        @Nullable String endReason,
        @Version @Nullable Long version) {

    public static final int PERSON_NAME_MAX_LENGTH = 160;
    public static final int ORDER_MAX_LENGTH = 160;
    public static final int END_REASON_MAX_LENGTH = 500;

    /** The id of a mandate read from or saved to the database (only one not saved yet has none, and nothing asks it). */
    public long storedId() {
        return StoredId.of(id);
    }

    /** The last day the mandate runs, ended early or not. */
    public LocalDate effectiveEnd() {
        return endedOn != null ? endedOn : endsOn;
    }

    /** Whether the mandate covers this day (invited seats count: the seat is taken). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && day.isBefore(effectiveEnd());
    }

    public Mandate withStatus(
            MandateStatus newStatus,
            @Nullable Long newAccountId,
            @Nullable LocalDate newEndedOn,
            @Nullable String newEndReason) {
        return new Mandate(
                id,
                councilId,
                collegeId,
                kind,
                seat,
                titularMandateId,
                personName,
                email,
                newAccountId,
                startsOn,
                endsOn,
                appointmentOrder,
                votingRight,
                newStatus,
                newEndedOn,
                newEndReason,
                version);
    }
}
