package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSelectionTest {

    private static QuoteSelection.Candidate resident(long id, String commune) {
        return new QuoteSelection.Candidate(id, "ONLINE", null, commune);
    }

    @Test
    void the_most_representative_member_is_quoted_first() {
        assertThat(QuoteSelection.choose(List.of(resident(1, "Massy"), resident(2, "Évry")))
                        .getFirst())
                .isEqualTo(1L);
    }

    @Test
    void an_association_is_quoted_before_another_resident_of_the_same_commune() {
        List<Long> chosen = QuoteSelection.choose(List.of(
                resident(1, "Massy"),
                resident(2, "Massy"),
                resident(3, "Massy"),
                new QuoteSelection.Candidate(4, "organisation", "France Assos Santé", "Massy")));
        assertThat(chosen).startsWith(1L, 4L);
    }

    @Test
    void a_new_commune_is_preferred_to_the_next_most_central_member() {
        List<Long> chosen =
                QuoteSelection.choose(List.of(resident(1, "Massy"), resident(2, "Massy"), resident(3, "Évry")));
        assertThat(chosen).startsWith(1L, 3L);
    }

    @Test
    void at_least_two_and_at_most_four_are_quoted() {
        assertThat(QuoteSelection.choose(List.of(resident(1, "Massy"), resident(2, "Massy"), resident(3, "Massy"))))
                .hasSize(2);
        assertThat(QuoteSelection.choose(List.of(
                        resident(1, "A"),
                        resident(2, "B"),
                        resident(3, "C"),
                        resident(4, "D"),
                        resident(5, "E"),
                        resident(6, "F"))))
                .hasSize(4);
        assertThat(QuoteSelection.choose(List.of(resident(1, "A")))).containsExactly(1L);
        assertThat(QuoteSelection.choose(List.of())).isEmpty();
    }
}
