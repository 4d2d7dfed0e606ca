package fr.convergences.project.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.exchange.SourceRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureRowPolicyTest {

    private static final Set<String> TERRITORY = Set.of("91228", "91223");

    private static SourceRow row(long line, Map<String, String> values) {
        return new SourceRow(line, values, null);
    }

    @Test
    void the_insee_code_column_is_found_whatever_its_case_accents_or_separators_and_name_columns_are_not_figures() {
        FigureRowPolicy policy =
                FigureRowPolicy.forColumns(List.of("LIBGEO", "Code INSEE", "Population", "APL MG"), TERRITORY);

        assertThat(policy.figures()).containsExactly("Population", "APL MG");
        assertThat(policy.check(row(
                        2, Map.of("LIBGEO", "Évry", "Code INSEE", "91228", "Population", "68 761", "APL MG", "3,1"))))
                .isEqualTo(new FigureRowPolicy.Outcome.Accepted(
                        "91228", Map.of("Population", new BigDecimal("68761"), "APL MG", new BigDecimal("3.1"))));
    }

    @Test
    void an_empty_cell_is_no_value_but_a_word_is_refused_with_its_column() {
        FigureRowPolicy policy = FigureRowPolicy.forColumns(List.of("codgeo", "population", "apl"), TERRITORY);

        assertThat(policy.check(row(2, Map.of("codgeo", "91228", "population", "", "apl", "2.5"))))
                .isEqualTo(new FigureRowPolicy.Outcome.Accepted("91228", Map.of("apl", new BigDecimal("2.5"))));
        assertThat(policy.check(row(3, Map.of("codgeo", "91223", "population", "beaucoup", "apl", "1"))))
                .isEqualTo(new FigureRowPolicy.Outcome.Rejected(
                        3, "diagnostic.figures.value", List.of("population", "beaucoup")));
    }

    @Test
    void a_commune_outside_the_territory_or_seen_twice_is_refused_with_its_line() {
        FigureRowPolicy policy = FigureRowPolicy.forColumns(List.of("insee", "population"), TERRITORY);

        assertThat(policy.check(row(2, Map.of("insee", "75056", "population", "1"))))
                .isEqualTo(
                        new FigureRowPolicy.Outcome.Rejected(2, "diagnostic.figures.communeUnknown", List.of("75056")));
        assertThat(policy.check(row(3, Map.of("insee", "91228", "population", "1"))))
                .isInstanceOf(FigureRowPolicy.Outcome.Accepted.class);
        assertThat(policy.check(row(4, Map.of("insee", "91228", "population", "2"))))
                .isEqualTo(
                        new FigureRowPolicy.Outcome.Rejected(4, "diagnostic.figures.communeTwice", List.of("91228")));
        assertThat(policy.check(row(5, Map.of("insee", "", "population", "2"))))
                .isEqualTo(new FigureRowPolicy.Outcome.Rejected(5, "diagnostic.figures.codeMissing", List.of()));
    }

    @Test
    void a_file_without_a_code_column_or_without_a_figure_is_refused_whole() {
        assertThatThrownBy(() -> FigureRowPolicy.forColumns(List.of("commune", "population"), TERRITORY))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("diagnostic.figures.noCode");
        assertThatThrownBy(() -> FigureRowPolicy.forColumns(List.of("insee", "nom"), TERRITORY))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("diagnostic.figures.noFigure");
    }
}
