package fr.convergences.project.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.exchange.SourceRow;
import fr.convergences.project.Direction;
import fr.convergences.project.Frequency;
import fr.convergences.project.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementRowPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Indicator INDICATOR = new Indicator(
            7L,
            1L,
            null,
            "Habitants sans médecin traitant",
            "Part.",
            "%",
            "SNDS",
            BigDecimal.TEN,
            LocalDate.of(2024, 1, 1),
            BigDecimal.ONE,
            LocalDate.of(2030, 1, 1),
            Frequency.YEARLY,
            Direction.LOWER_IS_BETTER,
            "ARS",
            null,
            null,
            null,
            null,
            1L,
            Instant.EPOCH,
            null);

    private static MeasurementRowPolicy policy(List<String> header) {
        return new MeasurementRowPolicy(
                MeasurementRowPolicy.Columns.of(header),
                List.of(INDICATOR),
                Set.of("91228"),
                TODAY,
                ZoneId.of("Europe/Paris"));
    }

    private static SourceRow row(long line, String indicator, String date, String commune, String value) {
        return new SourceRow(
                line, Map.of("Indicateur", indicator, "Date", date, "commune_insee", commune, "valeur", value), null);
    }

    @Test
    void an_indicator_is_found_by_its_name_whatever_the_case_and_a_french_decimal_comma_is_read() {
        MeasurementRowPolicy.Outcome outcome = policy(List.of("Indicateur", "Date", "commune_insee", "valeur"))
                .check(row(2, "habitants sans MÉDECIN traitant", "15/03/2025", "91228", "12,7"));

        assertThat(outcome).isInstanceOfSatisfying(MeasurementRowPolicy.Outcome.Accepted.class, accepted -> {
            assertThat(accepted.row().indicatorId()).isEqualTo(7L);
            assertThat(accepted.row().measuredOn()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(accepted.row().value()).isEqualByComparingTo("12.7");
            assertThat(accepted.row().inseeCode()).isEqualTo("91228");
        });
    }

    @Test
    void the_same_indicator_place_and_day_twice_in_a_file_is_refused_on_the_second_line_naming_the_first() {
        MeasurementRowPolicy policy = policy(List.of("Indicateur", "Date", "commune_insee", "valeur"));
        policy.check(row(2, "Habitants sans médecin traitant", "2025-03-15", "", "12"));

        MeasurementRowPolicy.Outcome again =
                policy.check(row(9, "Habitants sans médecin traitant", "15/03/2025", "", "13"));

        assertThat(again)
                .isEqualTo(
                        new MeasurementRowPolicy.Outcome.Rejected(9, "project.import.row.duplicate", List.of(9L, 2L)));
    }

    @Test
    void a_value_with_more_than_three_decimals_or_beyond_the_column_is_not_a_number_the_platform_can_keep() {
        assertThat(MeasurementRowPolicy.value("1 234,5")).isEqualByComparingTo("1234.5");
        assertThat(MeasurementRowPolicy.value("0,1234")).isNull();
        assertThat(MeasurementRowPolicy.value("100000000000")).isNull();
        assertThat(MeasurementRowPolicy.value("douze")).isNull();
    }

    @Test
    void a_file_without_a_date_or_a_value_column_is_incomplete_and_the_commune_column_is_optional() {
        assertThat(MeasurementRowPolicy.Columns.of(List.of("indicateur", "valeur"))
                        .complete())
                .isFalse();
        assertThat(MeasurementRowPolicy.Columns.of(List.of("indicateur_id", "date", "valeur"))
                        .complete())
                .isTrue();
    }
}
