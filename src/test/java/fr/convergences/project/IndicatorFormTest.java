package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorFormTest {

    private static final LocalDate BASE = LocalDate.of(2025, 12, 31);
    private static final LocalDate LATER = LocalDate.of(2028, 12, 31);

    @Test
    void a_form_giving_all_five_values_has_its_target() {
        assertThat(form(new BigDecimal("40"), BASE, new BigDecimal("30"), LATER, Direction.LOWER_IS_BETTER)
                        .target())
                .contains(new IndicatorForm.Target(
                        new BigDecimal("40"), BASE, new BigDecimal("30"), LATER, Direction.LOWER_IS_BETTER));
    }

    @Test
    void a_form_missing_any_of_them_has_none() {
        BigDecimal value = BigDecimal.TEN;
        assertThat(form(null, BASE, value, LATER, Direction.LOWER_IS_BETTER).target())
                .isEmpty();
        assertThat(form(value, null, value, LATER, Direction.LOWER_IS_BETTER).target())
                .isEmpty();
        assertThat(form(value, BASE, null, LATER, Direction.LOWER_IS_BETTER).target())
                .isEmpty();
        assertThat(form(value, BASE, value, null, Direction.LOWER_IS_BETTER).target())
                .isEmpty();
        assertThat(form(value, BASE, value, LATER, null).target()).isEmpty();
    }

    private static IndicatorForm form(
            BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate targetOn, Direction direction) {
        return new IndicatorForm(
                null,
                "Nom",
                "Définition",
                "%",
                "Source",
                baseline,
                baselineOn,
                target,
                targetOn,
                Frequency.YEARLY,
                direction,
                "ARS");
    }
}
