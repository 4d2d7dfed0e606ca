package fr.convergences.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's target must be an improvement on its baseline in the direction the indicator improves, and come
 * after it: a target that is no better than the baseline would let any result look like a success.
 */
public final class IndicatorTargetPolicy {

    private IndicatorTargetPolicy() {}

    public static Optional<String> problem(
            @Nullable BigDecimal baseline,
            @Nullable LocalDate baselineOn,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetOn,
            @Nullable Direction direction) {
        if (baseline == null || baselineOn == null || target == null || targetOn == null || direction == null) {
            return Optional.of("project.indicator.values.required");
        }
        if (!targetOn.isAfter(baselineOn)) {
            return Optional.of("project.indicator.target.date");
        }
        int comparison = target.compareTo(baseline);
        boolean improves = direction == Direction.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
        return improves ? Optional.empty() : Optional.of("project.indicator.target.direction");
    }
}
