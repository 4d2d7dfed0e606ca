package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotPaddingTest {

    private static final String RECEIPT = "7KQ2-M9XD-4TRB-H0VZ";

    @Test
    void every_for_against_choice_pads_to_the_same_length_and_reads_back() {
        int length = BallotPadding.length(VotingMethod.FOR_AGAINST, List.of());
        for (Vote vote : Vote.values()) {
            String ballot = RECEIPT + ";" + Long.MAX_VALUE + ";" + vote.name();
            byte[] padded = BallotPadding.pad(ballot, length);
            assertThat(padded).hasSize(length);
            assertThat(BallotPadding.unpad(padded)).isEqualTo(ballot);
        }
    }

    @Test
    void the_longest_approval_and_ranking_the_options_allow_fit_the_length_derived_from_them() {
        List<Long> options = List.of(9L, 10L, 123_456_789_012L);
        for (VotingMethod method : List.of(VotingMethod.APPROVAL, VotingMethod.RANKED)) {
            int length = BallotPadding.length(method, options);
            BallotChoice longest = method == VotingMethod.APPROVAL
                    ? new BallotChoice.Approval(options)
                    : new BallotChoice.Ranking(options);
            BallotChoice blank = method == VotingMethod.APPROVAL
                    ? new BallotChoice.Approval(List.of())
                    : new BallotChoice.Ranking(List.of());
            for (BallotChoice choice : List.of(longest, blank)) {
                String ballot = RECEIPT + ";" + Long.MAX_VALUE + ";" + choice.encode();
                assertThat(BallotPadding.pad(ballot, length)).hasSize(length);
                assertThat(BallotPadding.unpad(BallotPadding.pad(ballot, length)))
                        .isEqualTo(ballot);
            }
        }
    }

    @Test
    void a_ballot_longer_than_the_session_allows_is_refused_rather_than_padded_to_its_own_length() {
        int length = BallotPadding.length(VotingMethod.APPROVAL, List.of(1L));
        assertThatThrownBy(() -> BallotPadding.pad(RECEIPT + ";" + Long.MAX_VALUE + ";A:1,2,3", length))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ballot_sealed_before_padding_still_reads_as_it_was_written() {
        String legacy = RECEIPT + ";12;AGAINST";
        assertThat(BallotPadding.unpad(legacy.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(legacy);
    }
}
