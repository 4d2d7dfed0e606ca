package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void outside_demo_and_test_modes_the_server_refuses_to_start_without_a_configured_address() {
        PublicUrl unset = new PublicUrl("", false, () -> URI.create("http://localhost:8080"));
        assertThatThrownBy(unset::requireConfigured)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(PublicUrl.MISSING)
                .hasMessageContaining("CONVERGENCES_PUBLIC_URL");
        assertThatThrownBy(() -> unset.of("/x")).hasMessage(PublicUrl.MISSING);
    }

    @Test
    void in_demo_mode_links_point_to_the_port_actually_served() {
        PublicUrl demo = new PublicUrl(" ", true, () -> URI.create("http://localhost:51234"));
        demo.requireConfigured();
        assertThat(demo.of("/nouveau-mot-de-passe?jeton=abc"))
                .isEqualTo("http://localhost:51234/nouveau-mot-de-passe?jeton=abc");
        assertThat(demo.isHttps()).isFalse();
    }

    @Test
    void a_configured_address_is_used_as_written_without_its_trailing_slash() {
        PublicUrl configured =
                new PublicUrl("https://cts.example.fr/", false, () -> URI.create("http://localhost:8080"));
        configured.requireConfigured();
        assertThat(configured.base()).isEqualTo("https://cts.example.fr");
        assertThat(configured.of("debats/3")).isEqualTo("https://cts.example.fr/debats/3");
        assertThat(configured.isHttps()).isTrue();
    }

    @Test
    void an_address_that_is_not_a_plain_http_or_https_one_is_refused_at_start() {
        assertThatThrownBy(() -> new PublicUrl("javascript:alert(1)", true, () -> URI.create("http://localhost:8080")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicUrl("cts.example.fr", true, () -> URI.create("http://localhost:8080")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicUrl(
                        "https://cts.example.fr/?next=evil", true, () -> URI.create("http://localhost:8080")))
                .isInstanceOf(IllegalStateException.class);
    }
}
