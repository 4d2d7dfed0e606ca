package fr.convergences.project.measurement;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid row of a measurements file: its line, the indicator, the day, the commune (null for the territory), the value. */
public record MeasurementRow(
        long line,
        long indicatorId,
        String indicatorName,
        LocalDate measuredOn,
        @Nullable String inseeCode,
        BigDecimal value) {

    /** What makes a measurement the same one: the unique key of project_measurement. */
    public record Key(
            long indicatorId,
            LocalDate measuredOn,
            @Nullable String inseeCode) {}

    public Key key() {
        return new Key(indicatorId, measuredOn, inseeCode);
    }
}
