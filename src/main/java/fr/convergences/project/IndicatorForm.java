package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a council admin enters to propose an indicator; an action id ties it to one action. */
public record IndicatorForm(
        @Nullable Long actionId,
        String name,
        String definition,
        String unit,
        String source,
        @Nullable BigDecimal baselineValue,
        @Nullable LocalDate baselineOn,
        @Nullable BigDecimal targetValue,
        @Nullable LocalDate targetOn,
        @Nullable Frequency frequency,
        @Nullable Direction direction,
        String owner) {}
