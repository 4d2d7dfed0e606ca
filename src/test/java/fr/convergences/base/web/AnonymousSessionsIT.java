package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security finding 2: sessions of visitors who never signed in are bounded, per client address and in time. Two nodes
 * of their own with a cap of three sessions per address: one trusts no proxy (so a forged {@code X-Forwarded-For}
 * changes nothing: every request counts for the connection's address), the other trusts 127.0.0.1 as its reverse
 * proxy (so each forwarded address has its own count). Requests carry exactly the session cookie the test chooses.
 */
class AnonymousSessionsIT {

    private static final int CAP = 3;
    private static final Duration ANONYMOUS_IDLE = Duration.ofSeconds(2);
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private static final TestPlatform platform = TestPlatform.shared();
    private static SecondNode direct;
    private static SecondNode proxied;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        direct = new SecondNode(
                platform,
                Map.of(
                        "convergences.session.anonymous-per-address",
                        CAP,
                        "convergences.session.anonymous-idle-timeout",
                        ANONYMOUS_IDLE.toSeconds() + "s"));
        proxied = new SecondNode(
                platform,
                Map.of("convergences.session.anonymous-per-address", CAP, "convergences.trusted-proxies", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        for (SecondNode node : new SecondNode[] {direct, proxied}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void one_address_gets_as_many_visitor_sessions_as_the_cap_then_a_localised_429_while_its_sessions_go_on()
            throws Exception {
        waitUntilTheAddressHoldsNoSession();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < CAP; i++) {
            HttpResponse<String> page = get(direct, "/", null, "fr", null);
            assertThat(page.statusCode()).as("session %d of %d", i + 1, CAP).isEqualTo(200);
            sessions.add(sessionSetBy(page).orElseThrow(() -> new AssertionError("the page started no session")));
        }

        HttpResponse<String> refused = get(direct, "/", null, "fr", null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body())
                .contains("Trop de visites depuis votre adresse")
                .doesNotContain("{0");
        assertThat(refused.headers().firstValue("Retry-After")).contains(Long.toString(ANONYMOUS_IDLE.toSeconds()));
        assertThat(sessionSetBy(refused))
                .as("no session for the refused request")
                .isEmpty();
        assertThat(get(direct, "/consultations", null, "en", null).body())
                .contains("Too many visits from your address");
        assertThat(get(direct, "/", null, "fr", "203.0.113.7").statusCode())
                .as("a forwarded address from a peer that is not a trusted proxy is ignored")
                .isEqualTo(429);

        assertThat(get(direct, "/", sessions.getFirst(), "fr", null).statusCode())
                .as("a visitor who has a session goes on")
                .isEqualTo(200);
        assertThat(get(direct, "/api/health", null, "fr", null).statusCode())
                .as("the API needs no session")
                .isEqualTo(200);
    }

    @Test
    void a_visitors_session_ends_after_the_short_idle_timeout_and_frees_its_place() throws Exception {
        waitUntilTheAddressHoldsNoSession();
        String session =
                sessionSetBy(get(direct, "/consultations", null, "fr", null)).orElseThrow();
        assertThat(places()).isEqualTo(1);
        Thread.sleep(ANONYMOUS_IDLE
                .plusSeconds(1)
                .toMillis()); // nothing else can end it: the ordinary idle timeout is 30 minutes
        assertThat(places()).as("its place is free").isZero();
        HttpResponse<String> again = get(direct, "/", session, "fr", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(sessionSetBy(again))
                .as("the idle visitor's session was over: a new one replaces it")
                .isPresent()
                .get()
                .isNotEqualTo(session);
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_address_has_its_own_places() throws Exception {
        for (int i = 0; i < CAP; i++) {
            assertThat(get(proxied, "/", null, "fr", "203.0.113.20").statusCode())
                    .isEqualTo(200);
        }
        assertThat(get(proxied, "/", null, "fr", "203.0.113.20").statusCode())
                .as("that browser's address is at the cap")
                .isEqualTo(429);
        assertThat(get(proxied, "/", null, "fr", "203.0.113.21").statusCode())
                .as("another browser behind the same proxy")
                .isEqualTo(200);
    }

    /** Sessions left by another test of this class end within the short idle timeout: their places free then. */
    private static void waitUntilTheAddressHoldsNoSession() throws InterruptedException {
        long deadline = System.nanoTime() + ANONYMOUS_IDLE.plusSeconds(5).toNanos();
        while (places() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(places())
                .as("visitor sessions still counted after their idle timeout")
                .isZero();
    }

    private static int places() {
        return direct.bean(AnonymousSessions.class).count("127.0.0.1");
    }

    private HttpResponse<String> get(SecondNode node, String path, String session, String language, String forwardedFor)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
                .header("Accept", "text/html")
                .header("Accept-Language", language);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionSetBy(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst();
    }
}
