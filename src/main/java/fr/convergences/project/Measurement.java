package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measured value of an indicator on a date, for the whole territory (no commune) or one commune, with its provenance. */
@MappedEntity("project_measurement")
public record Measurement(
        @Id @GeneratedValue @Nullable Long id,
        Long indicatorId,
        LocalDate measuredOn,
        BigDecimal value,
        @Nullable String inseeCode,
        String provenance,
        Long recordedBy,
        Instant recordedAt) {

    public static final int PROVENANCE_MAX_LENGTH = 300;
}
