package fr.convergences.debate.paperform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import org.junit.jupiter.api.Test;

class FormNumberTest {

    @Test
    void the_check_digit_is_damm_s() {
        assertThat(FormNumber.damm("572")).isEqualTo(4);
        assertThat(FormNumber.damm("5724"))
                .as("a number followed by its check digit checks to zero")
                .isZero();
    }

    @Test
    void a_number_reads_back_as_printed_with_spaces_or_other_dashes() {
        FormNumber number = new FormNumber(42, 123);
        assertThat(number.printed()).matches("42-000123-\\d");
        assertThat(FormNumber.parse(number.printed())).isEqualTo(number);
        assertThat(FormNumber.parse(" " + number.printed().replace("-", " – ") + " "))
                .isEqualTo(number);
    }

    @Test
    void every_single_mistyped_digit_and_every_swap_of_neighbouring_digits_is_caught() {
        for (int serial = 1; serial <= 2000; serial += 7) {
            String printed = new FormNumber(315, serial).printed();
            String digits = printed.replace("-", "");
            for (int position = 0; position < digits.length(); position++) {
                for (char wrong = '0'; wrong <= '9'; wrong++) {
                    if (wrong != digits.charAt(position)) {
                        assertThat(valid(rewrite(printed, position, wrong)))
                                .as(printed + " with digit " + position + " as " + wrong)
                                .isFalse();
                    }
                }
            }
            for (int position = 0; position + 1 < digits.length(); position++) {
                if (digits.charAt(position) != digits.charAt(position + 1)) {
                    char[] swapped = digits.toCharArray();
                    swapped[position] = digits.charAt(position + 1);
                    swapped[position + 1] = digits.charAt(position);
                    assertThat(FormNumber.damm(new String(swapped)))
                            .as(printed + " swapped at " + position)
                            .isNotZero();
                }
            }
        }
    }

    @Test
    void what_is_not_a_form_number_is_refused_with_a_message() {
        assertThatThrownBy(() -> FormNumber.parse("abc"))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e ->
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("debate.paper.number.format"));
        assertThatThrownBy(() -> FormNumber.parse("")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> FormNumber.parse("42-0-1")).isInstanceOf(UserFacingException.class);
    }

    /** The printed number with the digit at this position (dashes not counted) replaced. */
    private static String rewrite(String printed, int position, char digit) {
        StringBuilder result = new StringBuilder();
        int seen = 0;
        for (char c : printed.toCharArray()) {
            if (Character.isDigit(c)) {
                result.append(seen++ == position ? digit : c);
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static boolean valid(String typed) {
        try {
            FormNumber.parse(typed);
            return true;
        } catch (UserFacingException refused) {
            return false;
        }
    }
}
