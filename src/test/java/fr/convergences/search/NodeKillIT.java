package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes as two processes on one PostgreSQL: node B is this JVM's platform, node A a child JVM
 * ({@link NodeKillChild}) with its own index. A is SIGKILLed while it writes contributions; B keeps serving pages and
 * searches throughout, every contribution A acknowledged is in PostgreSQL and found on B; A then comes back on its data
 * directory and catches up from its index's horizon.
 */
@Tag("crash")
class NodeKillIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void node_b_keeps_serving_while_node_a_is_killed_mid_write_and_a_comes_back_and_catches_up() throws Exception {
        TestPlatform nodeB = TestPlatform.shared();
        SearchFixture fixture = new SearchFixture(nodeB);
        long author = new TestAccounts(nodeB).create("Habitante nœud A").id();
        DatasourceConfiguration database = nodeB.bean(DatasourceConfiguration.class);
        Path dataA = TestPlatform.newDataDirectory();
        long started = System.nanoTime();

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        int servedByBWhileAWrote = 0;
        try (Child nodeA = Child.start("submit", dataA, database, fixture.consultation.id(), author)) {
            nodeA.await("READY", acknowledged);
            long writingSince = System.nanoTime();
            // A writes for a while; B serves a page, its readiness and a search meanwhile.
            // At least three seconds of writing (and 20 acknowledged), B answering all along; 20 s at most.
            while ((System.nanoTime() - writingSince < Duration.ofSeconds(3).toNanos() || acknowledged.size() < 20)
                    && System.nanoTime() - writingSince < Duration.ofSeconds(20).toNanos()) {
                assertThat(status(nodeB.uri("/"))).isEqualTo(200);
                assertThat(status(nodeB.uri("/api/health"))).isEqualTo(200);
                servedByBWhileAWrote++;
                nodeA.drain(acknowledged);
            }
            nodeA.kill(acknowledged);
        }
        assertThat(acknowledged)
                .as("A acknowledged contributions before it was killed")
                .hasSizeGreaterThan(5);

        // B still serves, and finds every contribution A acknowledged.
        assertThat(status(nodeB.uri("/consultations/" + fixture.consultation.id())))
                .isEqualTo(200);
        fixture.awaitIndexed();
        assertThat(fixture.sql.count(
                        "SELECT count(*) FROM contribution WHERE id = ANY (?::bigint[])",
                        "{" + join(acknowledged) + "}"))
                .as("every acknowledged contribution is in PostgreSQL")
                .isEqualTo(acknowledged.size());
        List<Long> foundOnB = nodeB
                .bean(SearchService.class)
                .search(
                        Actor.ANONYMOUS,
                        new SearchQuery(
                                "maison santé nœud",
                                fixture.council.id(),
                                false,
                                java.util.Map.of(),
                                SearchSort.NEWEST,
                                0))
                .hits()
                .stream()
                .map(SearchResults.Hit::contributionId)
                .toList();
        // The newest first: A's last acknowledged contribution is among them (at most one more per writer thread may
        // have committed without its acknowledgement being printed before the kill; those are found too, and are no
        // loss).
        assertThat(foundOnB)
                .as("B's search finds A's latest contributions")
                .contains(acknowledged.stream().max(Long::compare).orElseThrow());
        long missingOnB;
        try (SearchIndex.Lease lease = nodeB.bean(SearchIndex.class).acquire()) {
            missingOnB = acknowledged.stream()
                    .filter(id -> {
                        try {
                            return lease.searcher()
                                            .count(new org.apache.lucene.search.TermQuery(
                                                    ContributionDocument.idTerm(id)))
                                    != 1;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .count();
        }
        assertThat(missingOnB)
                .as("acknowledged contributions missing from B's index")
                .isZero();

        // A comes back on its data directory: it applies the log from its horizon and finds everything too.
        Set<Long> none = ConcurrentHashMap.newKeySet();
        try (Child again = Child.start("catch-up", dataA, database, 0, 0)) {
            again.await("CAUGHT-UP", none);
            again.send("CHECK " + join(acknowledged));
            assertThat(again.await("MISSING ", none))
                    .as("acknowledged contributions missing from A's index after its return")
                    .isEqualTo("MISSING 0");
            again.send("STOP");
            again.waitFor();
        }
        System.out.printf(
                "NodeKillIT: %d contributions acknowledged by A before SIGKILL, B served %d page+health pairs meanwhile, %d s in all%n",
                acknowledged.size(), servedByBWhileAWrote, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static String join(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(20))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The child JVM; its output lines go to a queue, {@code ACK} lines to the acknowledged set. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> transcript = new ArrayList<>();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().name("node-a-output").start(() -> {
                try (BufferedReader output =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = output.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the process died: its output ends here
                }
            });
        }

        static Child start(String mode, Path data, DatasourceConfiguration database, long consultation, long author)
                throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            return new Child(new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+ExitOnOutOfMemoryError",
                            "-cp",
                            System.getProperty("java.class.path"),
                            NodeKillChild.class.getName(),
                            mode,
                            data.toString(),
                            database.getUrl(),
                            database.getUsername(),
                            database.getPassword(),
                            Long.toString(consultation),
                            Long.toString(author))
                    .redirectErrorStream(true)
                    .start());
        }

        /** Waits for a line starting with the prefix (other lines are kept, ACKs collected); returns it. */
        String await(String prefix, Set<Long> acknowledged) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    if (!process.isAlive() && lines.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (!collect(line, acknowledged) && line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("Node A never said " + prefix + "; its output:\n" + String.join("\n", transcript));
        }

        void drain(Set<Long> acknowledged) {
            String line;
            while ((line = lines.poll()) != null) {
                collect(line, acknowledged);
            }
        }

        private boolean collect(String line, Set<Long> acknowledged) {
            if (line.startsWith("ACK ")) {
                acknowledged.add(Long.parseLong(line.substring(4)));
                return true;
            }
            transcript.add(line);
            return false;
        }

        /** SIGKILL: no shutdown hook, no index commit, no connection closed. The ACKs printed before it still count. */
        void kill(Set<Long> acknowledged) throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            drain(acknowledged);
        }

        void send(String line) throws IOException {
            Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write(line + "\n");
            in.flush();
        }

        void waitFor() throws InterruptedException {
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("node A stopped")
                    .isTrue();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }
}
