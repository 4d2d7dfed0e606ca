package fr.convergences.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElisionTest {

    @Test
    void a_name_starting_with_a_vowel_an_accented_vowel_y_or_h_elides() {
        assertThat(Elision.keyword("Inès")).isEqualTo(Elision.VOWEL);
        assertThat(Elision.keyword("Émile")).isEqualTo(Elision.VOWEL);
        assertThat(Elision.keyword(" yves")).isEqualTo(Elision.VOWEL);
        assertThat(Elision.keyword("Hélène")).isEqualTo(Elision.VOWEL);
    }

    @Test
    void a_name_starting_with_a_consonant_or_no_name_does_not_elide() {
        assertThat(Elision.keyword("Paul")).isEqualTo(Elision.OTHER);
        assertThat(Elision.keyword("Ça")).isEqualTo(Elision.OTHER);
        assertThat(Elision.keyword("—")).isEqualTo(Elision.OTHER);
        assertThat(Elision.keyword("")).isEqualTo(Elision.OTHER);
        assertThat(Elision.keyword(null)).isEqualTo(Elision.OTHER);
    }

    @Test
    void the_messages_about_a_person_read_d_ines_and_de_paul_in_french_and_stay_english_in_english() {
        assertThat(Messages.format("motion.ballot.seat.PROXY", Locale.FRENCH, "Inès", Elision.keyword("Inès")))
                .isEqualTo("Par procuration d’Inès");
        assertThat(Messages.format("motion.ballot.seat.PROXY", Locale.FRENCH, "Paul", Elision.keyword("Paul")))
                .isEqualTo("Par procuration de Paul");
        assertThat(Messages.format("motion.sitting.mine.proxyHeld", Locale.FRENCH, "Émile", Elision.keyword("Émile")))
                .isEqualTo("Vous détenez la procuration d’Émile.");
        assertThat(Messages.format("motion.ballot.seat.PROXY", Locale.ENGLISH, "Inès", Elision.keyword("Inès")))
                .isEqualTo("As proxy for Inès");
    }
}
