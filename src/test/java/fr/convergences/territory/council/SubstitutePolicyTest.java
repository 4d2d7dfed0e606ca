package fr.convergences.territory.council;

import static fr.convergences.territory.council.SeatPolicyTest.titular;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstitutePolicyTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = START.plusYears(5);
    private final Mandate titular = titular(1, START, END, null);

    private static Mandate substitute(LocalDate start, LocalDate end) {
        return new Mandate(
                9L,
                1L,
                1L,
                MandateKind.SUBSTITUTE,
                null,
                1L,
                "S",
                null,
                null,
                start,
                end,
                null,
                true,
                MandateStatus.ACTIVE,
                null,
                null,
                null);
    }

    @Test
    void a_substitute_within_its_titular_is_accepted() {
        assertThat(SubstitutePolicy.problem(titular, 1L, START, END, List.of())).isEmpty();
    }

    @Test
    void a_substitute_needs_a_titular_of_the_same_college() {
        assertThat(SubstitutePolicy.problem(null, 1L, START, END, List.of()))
                .contains("territory.mandate.substitute.noTitular");
        assertThat(SubstitutePolicy.problem(titular, 2L, START, END, List.of()))
                .contains("territory.mandate.substitute.otherCollege");
    }

    @Test
    void a_substitute_cannot_outlast_its_titular() {
        assertThat(SubstitutePolicy.problem(titular, 1L, START, END.plusDays(1), List.of()))
                .contains("territory.mandate.substitute.outsideTitular");
    }

    @Test
    void a_titular_has_one_substitute_at_a_time() {
        assertThat(SubstitutePolicy.problem(
                        titular, 1L, START.plusYears(1), END, List.of(substitute(START, START.plusYears(2)))))
                .contains("territory.mandate.substitute.alreadyBacked");
        assertThat(SubstitutePolicy.problem(
                        titular, 1L, START.plusYears(2), END, List.of(substitute(START, START.plusYears(2)))))
                .isEmpty();
    }
}
