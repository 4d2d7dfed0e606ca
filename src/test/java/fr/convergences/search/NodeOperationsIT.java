package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.operations.ManagementServer;
import fr.convergences.identity.Actor;
import fr.convergences.motion.infrastructure.ChainSealer;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator and a load balancer see of a node: readiness that waits for the search index to catch up with
 * PostgreSQL, and Prometheus metrics on the management port only. Node B polls its change log once an hour, so that
 * the test decides when it catches up.
 */
class NodeOperationsIT {

    private static final TestPlatform nodeA = TestPlatform.shared();
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static SecondNode nodeB;

    @BeforeAll
    static void startSecondNode() {
        nodeB = new SecondNode(
                nodeA,
                Map.of(
                        "convergences.management.port", -1,
                        "convergences.search.poll-interval", "1h",
                        "convergences.search.ready-max-lag", 0));
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void a_node_is_not_ready_while_its_index_is_behind_postgresql_and_ready_once_caught_up() throws Exception {
        IndexUpdater updaterOnB = nodeB.bean(IndexUpdater.class);
        updaterOnB.applyPending();
        assertThat(get(nodeB.uri("/api/ready")).statusCode()).as("caught up").isEqualTo(200);

        new SearchFixture(nodeA)
                .contribution("Kinésithérapeute", "Un kinésithérapeute de garde le samedi à Étampes.")
                .save();

        HttpResponse<String> behind = get(nodeB.uri("/api/ready"));
        assertThat(behind.statusCode()).as("one change not applied on B").isEqualTo(503);
        assertThat(behind.body()).contains("NOT_READY").contains("searchIndex").doesNotContain("database");
        assertThat(get(nodeB.uri("/api/health")).statusCode())
                .as("alive all the same: not a reason to restart it")
                .isEqualTo(200);

        updaterOnB.applyPending();
        HttpResponse<String> caughtUp = get(nodeB.uri("/api/ready"));
        assertThat(caughtUp.statusCode()).isEqualTo(200);
        assertThat(caughtUp.body()).contains("\"READY\"");

        updaterOnB.stop();
        try {
            assertThat(get(nodeB.uri("/api/ready")).statusCode())
                    .as("updater stopped")
                    .isEqualTo(503);
        } finally {
            updaterOnB.start();
        }
    }

    @Test
    void prometheus_reads_the_platforms_meters_on_the_management_port_and_not_on_the_public_one() throws Exception {
        get(nodeB.uri("/"));
        get(nodeB.uri("/api/territories"));
        nodeB.bean(SearchService.class).search(Actor.ANONYMOUS, SearchQuery.of("médecin", null));
        nodeB.bean(ChainSealer.class).seal(-1);

        int port = nodeB.bean(ManagementServer.class).localPort();
        assertThat(port).as("management port open").isPositive();
        HttpResponse<String> scrape = get(URI.create("http://127.0.0.1:" + port + "/metrics"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(scrape.body())
                .contains("convergences_http_requests_seconds_count{area=\"page\",status=\"2xx\"}")
                .contains("convergences_http_requests_seconds_count{area=\"api\",status=\"2xx\"}")
                .contains("convergences_vaadin_sessions ")
                .contains("convergences_vaadin_sessions_started_total ")
                .contains("convergences_search_seconds_bucket")
                .contains("convergences_search_outbox_lag ")
                .contains("convergences_job_runs_seconds_count{job=\"chain-sealer\",outcome=\"done\"}")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
        assertThat(meter(scrape.body(), "convergences_vaadin_sessions_started_total"))
                .as("the page load started a Vaadin session")
                .isPositive();
        assertThat(get(URI.create("http://127.0.0.1:" + port + "/api/ready")).statusCode())
                .as("the management port serves metrics only")
                .isEqualTo(404);

        for (String path : new String[] {"/api/prometheus", "/api/metrics", "/metrics"}) {
            HttpResponse<String> outside = get(nodeB.uri(path));
            assertThat(outside.body()).as(path + " on the public port").doesNotContain("jvm_memory_used_bytes");
        }
        assertThat(get(nodeB.uri("/api/prometheus")).statusCode()).isEqualTo(404);
        assertThat(nodeA.bean(ManagementServer.class).localPort())
                .as("off unless configured")
                .isEqualTo(-1);
    }

    /** The value of a meter without labels in a Prometheus scrape. */
    private static double meter(String scrape, String name) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + " "))
                .findFirst()
                .map(line ->
                        Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(name + " not in the scrape"));
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
