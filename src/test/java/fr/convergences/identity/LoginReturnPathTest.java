package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the sign-in page may send the person afterwards: only to a path of this site. */
class LoginReturnPathTest {

    @Test
    void a_path_of_this_site_is_a_valid_return_address() {
        assertThat(LoginView.isLocalPath("/consultations/12?page=2")).isTrue();
        assertThat(LoginView.isLocalPath("/")).isTrue();
    }

    @Test
    void another_site_is_refused_however_it_is_written() {
        assertThat(LoginView.isLocalPath("//evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("https://evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("/\\evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("evil.example")).isFalse();
    }

    @Test
    void control_characters_that_browsers_drop_from_addresses_are_refused() {
        // A browser removes tabs and line breaks from a URL: "/\t/evil.example" would become "//evil.example".
        assertThat(LoginView.isLocalPath("/\t/evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("/\n/evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("/\r/evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("/\u0000/evil.example")).isFalse();
        assertThat(LoginView.isLocalPath("/ /evil.example")).isFalse();
    }
}
