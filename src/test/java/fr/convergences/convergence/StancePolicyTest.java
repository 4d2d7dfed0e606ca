package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StancePolicyTest {

    @Test
    void a_negated_proposal_is_against() {
        assertThat(StancePolicy.of("Il ne faut pas défiscaliser les heures supplémentaires"))
                .isEqualTo(StancePolicy.Side.AGAINST);
        assertThat(StancePolicy.of("On ne doit plus fermer les maternités")).isEqualTo(StancePolicy.Side.AGAINST);
    }

    @Test
    void contre_opening_the_text_or_said_outright_is_against() {
        assertThat(StancePolicy.of("Contre la fermeture des urgences la nuit")).isEqualTo(StancePolicy.Side.AGAINST);
        assertThat(StancePolicy.of("Je suis contre la vaccination obligatoire")).isEqualTo(StancePolicy.Side.AGAINST);
        assertThat(StancePolicy.of("Non à la suppression des lits")).isEqualTo(StancePolicy.Side.AGAINST);
    }

    @Test
    void fighting_against_something_is_for_a_proposal() {
        assertThat(StancePolicy.of("Lutter contre les déserts médicaux")).isEqualTo(StancePolicy.Side.FOR);
    }

    @Test
    void a_need_said_with_a_negation_is_not_against_anything() {
        assertThat(StancePolicy.of("On ne trouve pas de médecin traitant à Dourdan"))
                .isEqualTo(StancePolicy.Side.FOR);
        assertThat(StancePolicy.of("Il n'y a pas assez de pédiatres")).isEqualTo(StancePolicy.Side.FOR);
    }

    @Test
    void a_group_is_divided_only_when_both_sides_speak() {
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.FOR, StancePolicy.Side.AGAINST)))
                .isTrue();
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.FOR, StancePolicy.Side.FOR)))
                .isFalse();
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.AGAINST, StancePolicy.Side.AGAINST)))
                .isFalse();
    }

    @Test
    void an_author_commenting_against_another_member_takes_the_other_side_and_one_commenting_for_takes_the_same() {
        // Real proposals (Make.org 2020, rows 16782, 9496, 13946, 17639): no word of theirs says "against".
        List<String> texts = List.of(
                "Il faut supprimer le nucléaire",
                "Il faut sortir du nucléaire progressivement",
                "Il faut préserver le nucléaire tant que les énergies ne sont pas économiquement viables",
                "Il faut maintenir notre indépendance énergétique grâce au nucléaire.");
        List<StancePolicy.Side> byText = texts.stream().map(StancePolicy::of).toList();
        assertThat(StancePolicy.divided(byText)).isFalse();

        List<StancePolicy.Side> sides = StancePolicy.withDiscussion(
                List.of(1L, 2L, 3L, 4L),
                byText,
                List.of(
                        new StancePolicy.Opinion(3, 1, StancePolicy.Side.AGAINST),
                        new StancePolicy.Opinion(4, 3, StancePolicy.Side.FOR)));

        assertThat(sides)
                .containsExactly(
                        StancePolicy.Side.FOR,
                        StancePolicy.Side.FOR,
                        StancePolicy.Side.AGAINST,
                        StancePolicy.Side.AGAINST);
        assertThat(StancePolicy.divided(sides)).isTrue();
    }

    @Test
    void a_text_that_says_it_is_against_stays_against_whatever_its_author_comments() {
        List<StancePolicy.Side> sides = StancePolicy.withDiscussion(
                List.of(1L, 2L),
                List.of(StancePolicy.Side.FOR, StancePolicy.of("Non à la fermeture de la maternité")),
                List.of(new StancePolicy.Opinion(2, 1, StancePolicy.Side.FOR)));

        assertThat(sides).containsExactly(StancePolicy.Side.FOR, StancePolicy.Side.AGAINST);
    }

    @Test
    void comments_between_contributions_outside_the_group_change_nothing() {
        List<StancePolicy.Side> sides = StancePolicy.withDiscussion(
                List.of(1L, 2L),
                List.of(StancePolicy.Side.FOR, StancePolicy.Side.FOR),
                List.of(
                        new StancePolicy.Opinion(9, 1, StancePolicy.Side.AGAINST),
                        new StancePolicy.Opinion(2, 2, StancePolicy.Side.AGAINST)));

        assertThat(sides).containsExactly(StancePolicy.Side.FOR, StancePolicy.Side.FOR);
    }
}
