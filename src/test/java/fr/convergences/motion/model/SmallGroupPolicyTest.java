package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallGroupPolicyTest {

    private static TallyResult.CollegeCount college(long id, int seats, int forVotes, int against, int abstain) {
        return new TallyResult.CollegeCount(
                id, seats, forVotes + against + abstain, List.of(forVotes, against, abstain), 0, null);
    }

    @Test
    void colleges_with_at_least_k_ballots_are_published_apart() {
        List<SmallGroupPolicy.Group> groups =
                SmallGroupPolicy.groups(List.of(college(1, 8, 3, 2, 0), college(2, 6, 5, 0, 0)), 5);
        assertThat(groups).extracting(SmallGroupPolicy.Group::merged).containsExactly(false, false);
        assertThat(groups)
                .extracting(SmallGroupPolicy.Group::counts)
                .containsExactly(List.of(3, 2, 0), List.of(5, 0, 0));
    }

    @Test
    void two_small_colleges_that_hold_k_ballots_together_are_merged_into_one_row() {
        List<SmallGroupPolicy.Group> groups = SmallGroupPolicy.groups(
                List.of(college(1, 10, 6, 2, 0), college(2, 4, 1, 2, 0), college(3, 3, 0, 0, 2)), 5);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1).collegeIds()).containsExactly(2L, 3L);
        assertThat(groups.get(1).merged()).isTrue();
        assertThat(groups.get(1).counts()).containsExactly(1, 2, 2);
        assertThat(groups.get(1).seats()).isEqualTo(7);
        assertThat(groups.get(1).ballots()).isEqualTo(5);
    }

    @Test
    void
            a_single_small_college_takes_the_published_college_with_fewest_ballots_with_it_so_the_totals_cannot_give_it_away() {
        List<SmallGroupPolicy.Group> groups = SmallGroupPolicy.groups(
                List.of(college(1, 12, 9, 3, 0), college(2, 8, 4, 2, 0), college(3, 2, 0, 0, 1)), 5);
        assertThat(groups).extracting(SmallGroupPolicy.Group::collegeIds).containsExactly(List.of(1L), List.of(2L, 3L));
        assertThat(groups.get(1).counts()).containsExactly(4, 2, 1);
    }

    @Test
    void small_colleges_below_k_together_keep_taking_the_smallest_published_college_until_the_row_holds_k() {
        List<SmallGroupPolicy.Group> groups = SmallGroupPolicy.groups(
                List.of(
                        college(1, 20, 9, 3, 0),
                        college(2, 8, 6, 0, 0),
                        college(3, 2, 1, 0, 0),
                        college(4, 2, 0, 1, 0)),
                5);
        assertThat(groups)
                .extracting(SmallGroupPolicy.Group::collegeIds)
                .containsExactly(List.of(1L), List.of(2L, 3L, 4L));
    }

    @Test
    void a_college_without_ballots_is_shown_apart_because_its_zeros_tell_nothing() {
        List<SmallGroupPolicy.Group> groups =
                SmallGroupPolicy.groups(List.of(college(1, 8, 5, 1, 0), college(2, 2, 0, 0, 0)), 5);
        assertThat(groups).extracting(SmallGroupPolicy.Group::merged).containsExactly(false, false);
    }

    @Test
    void the_merged_row_meets_the_college_majority_only_if_each_of_its_colleges_does() {
        var met = new TallyResult.CollegeCount(1, 4, 3, List.of(3, 0, 0), 0, true);
        var missed = new TallyResult.CollegeCount(2, 4, 3, List.of(1, 2, 0), 0, false);
        assertThat(SmallGroupPolicy.groups(List.of(met, missed), 5).getFirst().majorityMet())
                .isFalse();
        assertThat(SmallGroupPolicy.groups(
                                List.of(met, new TallyResult.CollegeCount(3, 4, 2, List.of(2, 0, 0), 0, true)), 5)
                        .getFirst()
                        .majorityMet())
                .isTrue();
    }
}
