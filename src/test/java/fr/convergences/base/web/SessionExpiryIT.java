package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security finding 2: sessions end after an idle timeout and after an absolute lifetime, however active. A platform
 * of its own with short timeouts (and a trusted proxy, finding 6); a session is seen as ended when the server no
 * longer accepts its cookie and hands out a new session id instead.
 */
class SessionExpiryIT {

    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final Duration LIFETIME = Duration.ofSeconds(6);
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private static TestPlatform platform;
    // No cookie handler: each request carries exactly the session cookie the test chooses.
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        platform = TestPlatform.separate(Map.of(
                "convergences.session.idle-timeout", IDLE.toSeconds() + "s",
                "convergences.session.max-lifetime", LIFETIME.toSeconds() + "s",
                "convergences.trusted-proxies", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_session_left_idle_longer_than_the_idle_timeout_is_over() throws Exception {
        String session = newSession();
        assertThat(replacement(session)).as("still valid at once").isEmpty();

        Thread.sleep(IDLE.plusSeconds(1).toMillis());

        assertThat(replacement(session))
                .as("a new session replaces the idle one")
                .isPresent()
                .get()
                .isNotEqualTo(session);
    }

    @Test
    void a_session_used_all_the_time_still_ends_at_its_absolute_lifetime() throws Exception {
        // Timed from before the request that starts the session: it was created within that request, so it cannot
        // end less than its lifetime after this (the page's own answer may take a while on a busy machine).
        long started = System.nanoTime();
        String session = newSession();
        Optional<String> replaced = Optional.empty();
        Duration elapsed = Duration.ZERO;
        while (replaced.isEmpty() && elapsed.compareTo(LIFETIME.plus(IDLE)) < 0) {
            Thread.sleep(500); // well within the idle timeout: only the lifetime can end it
            replaced = replacement(session);
            elapsed = Duration.ofNanos(System.nanoTime() - started);
        }
        assertThat(replaced).as("ended within the lifetime plus a little").isPresent();
        assertThat(elapsed).as("not before its lifetime").isGreaterThanOrEqualTo(LIFETIME);
    }

    @Test
    void behind_a_trusted_proxy_that_received_https_the_session_cookie_is_secure() throws Exception {
        // This platform trusts 127.0.0.1 as its reverse proxy; the shared one trusts nobody (SecurityHeadersIT).
        HttpResponse<String> overTls = http.send(
                HttpRequest.newBuilder(platform.uri("/"))
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(overTls)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(sessionCookie(get(null))).doesNotContainIgnoringCase("Secure");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private String newSession() throws Exception {
        return sessionSetBy(get(null)).orElseThrow(() -> new AssertionError("the home page started no session"));
    }

    /** The new session id the server hands out when the given one is no longer accepted. */
    private Optional<String> replacement(String session) throws Exception {
        return sessionSetBy(get(session));
    }

    private HttpResponse<String> get(String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri("/")).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static Optional<String> sessionSetBy(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst();
    }
}
