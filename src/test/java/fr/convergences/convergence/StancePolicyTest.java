package fr.convergences.convergence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StancePolicyTest {

    @Test
    void a_negated_proposal_is_against() {
        assertThat(StancePolicy.of("Il ne faut pas défiscaliser les heures supplémentaires")).isEqualTo(StancePolicy.Side.AGAINST);
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
        assertThat(StancePolicy.of("On ne trouve pas de médecin traitant à Dourdan")).isEqualTo(StancePolicy.Side.FOR);
        assertThat(StancePolicy.of("Il n'y a pas assez de pédiatres")).isEqualTo(StancePolicy.Side.FOR);
    }

    @Test
    void a_group_is_divided_only_when_both_sides_speak() {
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.FOR, StancePolicy.Side.AGAINST))).isTrue();
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.FOR, StancePolicy.Side.FOR))).isFalse();
        assertThat(StancePolicy.divided(List.of(StancePolicy.Side.AGAINST, StancePolicy.Side.AGAINST))).isFalse();
    }
}
