package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Security finding 2: an OutOfMemoryError killed the search-index updater and the voting thread, yet the health
 * check kept the process looking alive. A dead critical thread now makes health DOWN.
 */
class CriticalThreadsIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_down_while_a_critical_background_thread_is_dead() throws Exception {
        CriticalThreads threads = platform.bean(CriticalThreads.class);
        assertThat(threads.watched()).contains("search-index-updater", "voting-background");
        assertThat(threads.dead()).isEmpty();
        assertThat(health().statusCode()).isEqualTo(200);

        Thread killed = Thread.ofPlatform()
                .name("killed-by-memory")
                .uncaughtExceptionHandler((thread, error) -> {})
                .start(() -> {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                });
        killed.join();
        threads.watch(killed);
        try {
            HttpResponse<String> down = health();
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
        } finally {
            threads.release(killed);
        }
        assertThat(health().statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(
                HttpRequest.newBuilder(platform.uri("/api/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
