package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void clean_or_empty_reads_a_missing_text_as_an_empty_one_and_cleans_any_other() {
        assertThat(TextInput.cleanOrEmpty(null)).isEmpty();
        assertThat(TextInput.cleanOrEmpty("  Une ligne\r\nune autre\u0007  ")).isEqualTo("Une ligne\nune autre");
    }

    @Test
    void a_name_with_no_line_break_is_single_line() {
        assertThat(TextInput.isSingleLine("Claude Dupont-Durand, CTS 91")).isTrue();
        assertThat(TextInput.isSingleLine("Tabulé\tnom")).isTrue();
        assertThat(TextInput.isSingleLine(null)).isTrue();
    }

    @Test
    void every_kind_of_line_break_makes_a_text_multi_line() {
        for (String breakChar : new String[] {"\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029"}) {
            assertThat(TextInput.isSingleLine("Claude" + breakChar + "12:00:00.000 ERROR forged"))
                    .as("U+%04X", (int) breakChar.charAt(0))
                    .isFalse();
        }
    }

    @Test
    void a_title_with_a_line_break_a_tab_or_a_control_character_is_not_a_plain_line() {
        for (String inside : new String[] {
            "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\t", "\u0000", "\u0007", "\u007F"
        }) {
            assertThat(TextInput.isPlainLine("Titre" + inside + "forgé"))
                    .as("U+%04X", (int) inside.charAt(0))
                    .isFalse();
        }
        assertThat(TextInput.isPlainLine("Centre de santé : « ouvert » le soir — 20 h"))
                .isTrue();
    }

    @Test
    void a_line_break_pasted_around_a_title_is_only_trimmed() {
        assertThat(TextInput.isPlainLine("Titre collé\r\n")).isTrue();
        assertThat(TextInput.singleLine("\nTitre collé\r\n", 150, "contribution.title"))
                .isEqualTo("Titre collé");
    }

    @Test
    void a_single_line_field_refuses_a_line_break_with_the_shared_message_and_still_checks_its_length() {
        assertThatThrownBy(() -> TextInput.singleLine("Titre\nforgé", 150, "contribution.title"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("text.singleLine"));
        assertThatThrownBy(() -> TextInput.singleLineOptional("Salle\u2028B", 150, "debate.place"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("text.singleLine"));
        assertThatThrownBy(() -> TextInput.singleLine("x".repeat(151), 150, "contribution.title"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contribution.title.tooLong"));
        assertThat(TextInput.singleLineOptional("  ", 150, "debate.place")).isNull();
    }
}
