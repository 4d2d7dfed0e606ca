package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorTargetPolicyTest {

    private static final LocalDate BASE = LocalDate.of(2025, 12, 31);
    private static final LocalDate LATER = LocalDate.of(2028, 12, 31);

    @Test
    void a_waiting_time_target_must_be_lower_than_its_baseline() {
        assertThat(IndicatorTargetPolicy.problem(
                        new BigDecimal("40"), BASE, new BigDecimal("30"), LATER, Direction.LOWER_IS_BETTER))
                .isEmpty();
        assertThat(IndicatorTargetPolicy.problem(
                        new BigDecimal("40"), BASE, new BigDecimal("40.0"), LATER, Direction.LOWER_IS_BETTER))
                .contains("project.indicator.target.direction");
    }

    @Test
    void a_coverage_target_must_be_higher_than_its_baseline() {
        assertThat(IndicatorTargetPolicy.problem(
                        new BigDecimal("60"), BASE, new BigDecimal("75"), LATER, Direction.HIGHER_IS_BETTER))
                .isEmpty();
        assertThat(IndicatorTargetPolicy.problem(
                        new BigDecimal("60"), BASE, new BigDecimal("50"), LATER, Direction.HIGHER_IS_BETTER))
                .contains("project.indicator.target.direction");
    }

    @Test
    void the_target_date_comes_after_the_baseline_date() {
        assertThat(IndicatorTargetPolicy.problem(
                        new BigDecimal("60"), BASE, new BigDecimal("75"), BASE, Direction.HIGHER_IS_BETTER))
                .contains("project.indicator.target.date");
    }

    @Test
    void a_missing_value_is_refused_before_any_comparison() {
        assertThat(IndicatorTargetPolicy.problem(null, BASE, new BigDecimal("75"), LATER, Direction.HIGHER_IS_BETTER))
                .contains("project.indicator.values.required");
    }
}
