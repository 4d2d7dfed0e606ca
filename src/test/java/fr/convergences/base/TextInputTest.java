package fr.convergences.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextInputTest {

    @Test
    void a_name_with_no_line_break_is_single_line() {
        assertThat(TextInput.isSingleLine("Claude Dupont-Durand, CTS 91")).isTrue();
        assertThat(TextInput.isSingleLine("Tabulé\tnom")).isTrue();
        assertThat(TextInput.isSingleLine(null)).isTrue();
    }

    @Test
    void every_kind_of_line_break_makes_a_text_multi_line() {
        for (String breakChar : new String[] {"\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029"}) {
            assertThat(TextInput.isSingleLine("Claude" + breakChar + "12:00:00.000 ERROR forged")).as("U+%04X", (int) breakChar.charAt(0)).isFalse();
        }
    }
}
