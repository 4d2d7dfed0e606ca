package fr.convergences.consultation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** One phase of a consultation, from its first to its last day inclusive (in the territory's time zone). */
@MappedEntity("consultation_phase")
public record Phase(
        @Id @GeneratedValue @Nullable Long id,
        Long consultationId,
        PhaseKind kind,
        LocalDate startsOn,
        LocalDate endsOn) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
