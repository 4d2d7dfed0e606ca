package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableLabelTest {

    @Test
    void a_group_is_named_by_the_clause_of_its_representative_member_that_holds_its_key_terms() {
        String text =
                "Je vis à Dourdan depuis dix ans. Il faut ouvrir une maison de santé pluridisciplinaire au centre-ville ; "
                        + "les habitants attendent des mois.";
        assertThat(ReadableLabel.of(null, text, List.of("maison", "santé", "pluridisciplinaire"), "Maison santé"))
                .isEqualTo("Ouvrir une maison de santé pluridisciplinaire au centre-ville");
    }

    @Test
    void openings_that_say_nothing_are_left_out_and_the_title_wins_when_it_says_as_much_in_fewer_words() {
        assertThat(ReadableLabel.of(
                        "Des médecins dans les déserts médicaux",
                        "Il faut plus de médecins généralistes dans les déserts médicaux ruraux",
                        List.of("médecins", "déserts", "médicaux"),
                        "Médecins déserts"))
                .isEqualTo("Des médecins dans les déserts médicaux");
        assertThat(ReadableLabel.of(
                        null,
                        "Je propose qu’on rembourse les lunettes des enfants.",
                        List.of("lunettes", "enfants"),
                        "Lunettes enfants"))
                .isEqualTo("Rembourse les lunettes des enfants");
    }

    @Test
    void a_long_clause_is_trimmed_at_a_word_to_a_readable_length() {
        String text =
                "Il faut créer des centres de soins non programmés ouverts le soir et le week-end dans chaque commune de plus de "
                        + "cinq mille habitants du département";
        String label = ReadableLabel.of(null, text, List.of("soins", "programmés"), "Soins programmés");
        assertThat(label)
                .hasSizeLessThanOrEqualTo(ReadableLabel.MAX_LENGTH)
                .endsWith("…")
                .startsWith("Créer des centres de soins non programmés");
    }

    @Test
    void without_a_clause_holding_a_key_term_the_engine_label_stays() {
        assertThat(ReadableLabel.of(null, "Oui.", List.of("ehpad"), "EHPAD personnel"))
                .isEqualTo("EHPAD personnel");
    }
}
