package fr.convergences.territory.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeatPolicyTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    static Mandate titular(int seat, LocalDate start, LocalDate end, LocalDate endedOn) {
        return new Mandate(
                1L,
                1L,
                1L,
                MandateKind.TITULAR,
                seat,
                null,
                "X",
                null,
                null,
                start,
                end,
                null,
                true,
                endedOn == null ? MandateStatus.ACTIVE : MandateStatus.ENDED,
                endedOn,
                endedOn == null ? null : "fin",
                null);
    }

    @Test
    void a_new_titular_takes_the_lowest_free_seat() {
        List<Mandate> seated = List.of(
                titular(1, JAN_2024, JAN_2024.plusYears(5), null), titular(3, JAN_2024, JAN_2024.plusYears(5), null));

        assertThat(SeatPolicy.freeSeat(3, seated, JAN_2024.plusMonths(1), JAN_2024.plusYears(2)))
                .contains(2);
    }

    @Test
    void a_full_college_has_no_seat_during_overlapping_periods() {
        List<Mandate> seated = List.of(
                titular(1, JAN_2024, JAN_2024.plusYears(5), null), titular(2, JAN_2024, JAN_2024.plusYears(5), null));

        assertThat(SeatPolicy.freeSeat(2, seated, JAN_2024.plusYears(4), JAN_2024.plusYears(9)))
                .isEmpty();
    }

    @Test
    void a_seat_frees_up_when_its_mandate_ended_early_or_ran_out() {
        List<Mandate> seated = List.of(
                titular(1, JAN_2024, JAN_2024.plusYears(5), JAN_2024.plusYears(1)),
                titular(2, JAN_2024, JAN_2024.plusYears(1), null));

        assertThat(SeatPolicy.freeSeat(2, seated, JAN_2024.plusYears(1), JAN_2024.plusYears(6)))
                .contains(1);
        assertThat(SeatPolicy.occupied(seated, JAN_2024.plusYears(2))).isZero();
        assertThat(SeatPolicy.occupied(seated, JAN_2024.plusMonths(3))).isEqualTo(2);
    }
}
