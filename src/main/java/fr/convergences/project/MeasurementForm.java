package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value: its date, the value, the commune (none for the whole territory) and where it comes from. */
public record MeasurementForm(
        @Nullable LocalDate measuredOn,
        @Nullable BigDecimal value,
        @Nullable String inseeCode,
        String provenance) {}
