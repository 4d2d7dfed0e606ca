package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Security findings 6 and 9: the session cookie's flags, the response headers, and errors that reveal nothing. */
class SecurityHeadersIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(platform.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_session_cookie_is_out_of_scripts_reach_and_not_sent_by_other_sites() throws Exception {
        String cookie = get("/").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the home page set no session cookie"));
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .as("served over plain http in the tests")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_change_nothing() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(platform.uri("/"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(value -> value.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void pages_and_api_answers_carry_the_security_headers_and_no_server_banner() throws Exception {
        for (String path : new String[] {"/", "/api/territories", "/contributions/abc"}) {
            HttpHeaders headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("%s: no HSTS over plain http", path)
                    .isEmpty();
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void a_malformed_request_gets_no_jetty_page_and_no_echo_of_the_request() throws Exception {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), platform.uri("/").getPort())) {
            socket.getOutputStream()
                    .write(
                            "GET /%zz%<script> HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 400")
                    .doesNotContainIgnoringCase("jetty")
                    .doesNotContain("<script>");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            if (!body.isEmpty()) {
                assertThat(body).contains("Convergences", "erreur 400");
            }
        }
    }
}
