package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void the_shipped_breach_list_holds_thirty_thousand_passwords() {
        assertThat(CommonPasswords.size()).isGreaterThan(29_000);
    }

    @Test
    void a_long_password_from_the_breach_list_is_refused() {
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", null)).contains("identity.password.tooCommon");
        assertThat(PasswordPolicy.problem("ILOVEYOU1234", null))
                .as("whatever its case")
                .contains("identity.password.tooCommon");
    }

    @Test
    void two_common_pieces_glued_together_are_refused() {
        assertThat(PasswordPolicy.problem("azerty123456", null)).contains("identity.password.tooCommon");
        assertThat(PasswordPolicy.problem("123456789abc", null)).contains("identity.password.tooCommon");
        assertThat(PasswordPolicy.problem("soleil-soleil", null)).contains("identity.password.tooCommon");
    }

    @Test
    void a_phrase_of_several_ordinary_words_is_accepted() {
        assertThat(PasswordPolicy.problem("une phrase de passe assez longue", null))
                .isEmpty();
        assertThat(PasswordPolicy.problem("correct horse battery staple", null)).isEmpty();
        assertThat(PasswordPolicy.problem("Demo-Convergences-2026", null)).isEmpty();
    }

    @Test
    void a_common_word_with_an_uncommon_one_is_accepted() {
        assertThat(PasswordPolicy.problem("soleil-Dourdan-91410", null)).isEmpty();
    }
}
