package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectorateTest {

    private static final long USERS = 3, PROFESSIONALS = 1;

    private static Electorate fourSeats() {
        Map<Long, Long> collegeBySeat = new LinkedHashMap<>();
        collegeBySeat.put(40L, USERS);
        collegeBySeat.put(10L, PROFESSIONALS);
        collegeBySeat.put(41L, USERS);
        collegeBySeat.put(11L, PROFESSIONALS);
        return new Electorate(collegeBySeat);
    }

    @Test
    void the_chained_form_keeps_the_order_the_seats_were_fixed_in_and_reads_back_the_same() {
        Electorate electorate = fourSeats();
        assertThat(electorate.chained())
                .containsExactly(
                        List.of(40L, USERS),
                        List.of(10L, PROFESSIONALS),
                        List.of(41L, USERS),
                        List.of(11L, PROFESSIONALS));
        // JSON parsers hand back integers of whatever width fits: the chained copy must read back all the same.
        List<?> parsed = List.of(List.of(40, 3), List.of(10, 1), List.of(41L, 3L), List.of(11, 1));
        assertThat(Electorate.fromChained(parsed)).isEqualTo(electorate);
    }

    @Test
    void a_recused_seat_leaves_its_college_s_count_and_the_present_seats() {
        Electorate electorate = fourSeats();
        Set<Long> recused = electorate.recusedAmong(List.of(41L));
        assertThat(electorate.seatsByCollege(recused)).isEqualTo(Map.of(PROFESSIONALS, 2, USERS, 1));
        assertThat(electorate.presentAmong(List.of(40L, 41L, 10L), recused)).containsExactly(10L, 40L);
    }

    @Test
    void a_recusal_or_a_presence_recorded_for_a_seat_outside_the_electorate_changes_nothing() {
        Electorate electorate = fourSeats();
        assertThat(electorate.recusedAmong(List.of(99L))).isEmpty();
        assertThat(electorate.presentAmong(List.of(99L, 10L), Set.of())).containsExactly(10L);
        assertThat(electorate.seatsByCollege(Set.of(99L))).isEqualTo(Map.of(PROFESSIONALS, 2, USERS, 2));
    }

    @Test
    void a_ballot_for_a_seat_outside_the_electorate_gets_no_college() {
        assertThat(fourSeats().contains(99L)).isFalse();
        assertThat(fourSeats().collegeOf(99L)).isEqualTo(Electorate.OUTSIDE);
        assertThat(fourSeats().collegeOf(41L)).isEqualTo(USERS);
    }
}
