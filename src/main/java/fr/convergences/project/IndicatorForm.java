package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

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
        String owner) {

    /** The baseline, the target and the direction that says which way is better, all given. */
    public record Target(
            BigDecimal baselineValue,
            LocalDate baselineOn,
            BigDecimal targetValue,
            LocalDate targetOn,
            Direction direction) {}

    /** The form's target, if it gives all five of its values. */
    public Optional<Target> target() {
        if (baselineValue == null
                || baselineOn == null
                || targetValue == null
                || targetOn == null
                || direction == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(baselineValue, baselineOn, targetValue, targetOn, direction));
    }
}
