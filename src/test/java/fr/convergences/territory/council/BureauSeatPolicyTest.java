package fr.convergences.territory.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BureauSeatPolicyTest {

    private static final long HOLDER = 1, NEWCOMER = 2, SOMEONE_ELSE = 3;

    @Test
    void an_empty_presidency_is_taken_without_a_question() {
        assertThat(BureauSeatPolicy.problem(BureauPosition.PRESIDENT, null, NEWCOMER, null))
                .isEmpty();
    }

    @Test
    void a_held_presidency_or_vice_presidency_is_replaced_only_when_the_holder_is_named() {
        assertThat(BureauSeatPolicy.problem(BureauPosition.PRESIDENT, HOLDER, NEWCOMER, null))
                .contains("territory.bureau.seatTaken");
        assertThat(BureauSeatPolicy.problem(BureauPosition.VICE_PRESIDENT, HOLDER, NEWCOMER, null))
                .contains("territory.bureau.seatTaken");
        assertThat(BureauSeatPolicy.problem(BureauPosition.PRESIDENT, HOLDER, NEWCOMER, HOLDER))
                .isEmpty();
    }

    @Test
    void a_confirmation_naming_someone_who_no_longer_holds_the_seat_replaces_nobody() {
        assertThat(BureauSeatPolicy.problem(BureauPosition.PRESIDENT, HOLDER, NEWCOMER, SOMEONE_ELSE))
                .contains("territory.bureau.seatTaken");
    }

    @Test
    void the_holder_named_again_and_plain_bureau_members_need_no_question() {
        assertThat(BureauSeatPolicy.problem(BureauPosition.PRESIDENT, HOLDER, HOLDER, null))
                .isEmpty();
        assertThat(BureauSeatPolicy.problem(BureauPosition.MEMBER, HOLDER, NEWCOMER, null))
                .isEmpty();
    }
}
