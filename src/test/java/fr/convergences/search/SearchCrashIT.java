package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.database.EmbeddedDatabase;
import fr.convergences.testing.TestPlatform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is the truth and the index follows it through the outbox, even across crashes: a child JVM runs
 * the platform and submits contributions; it is killed with SIGKILL at seeded random moments (while submitting,
 * and sometimes while starting up and replaying the outbox of the previous kill), restarted on the same data
 * directory (whose PostgreSQL, left running by the killed JVM, is stopped and reused), and at the end every
 * acknowledged contribution is in PostgreSQL, and every public contribution is in the index exactly once.
 */
@Tag("crash")
class SearchCrashIT {

    private static final long SEED = 20261124L;
    private static final int ROUNDS = 5;
    private static final Pattern ACK = Pattern.compile("^ACK (\\d+)$");
    private static final Pattern REPLAYING = Pattern.compile("Search change log: applying (\\d+) changes");

    @Test
    void every_acknowledged_contribution_survives_kills_in_postgresql_and_in_the_index_once() throws Exception {
        Path data = TestPlatform.newDataDirectory();
        Random random = new Random(SEED);
        Set<Long> acknowledged = new HashSet<>();
        int replayed = 0;
        List<String> kills = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (Child child = Child.start(data, "submit", SEED + round)) {
                    if (round > 0 && random.nextInt(3) == 0) {
                        // While the platform starts: the outbox that the previous kill left is being replayed.
                        child.await(line -> REPLAYING.matcher(line).find() || line.equals("READY"));
                        long delay = random.nextInt(150);
                        Thread.sleep(delay);
                        kills.add("round " + round + ": " + delay + " ms into the replay at start");
                    } else {
                        child.await(line -> line.equals("READY"));
                        long delay = 300 + random.nextInt(2_700);
                        Thread.sleep(delay);
                        kills.add("round " + round + ": " + delay + " ms into the submissions, "
                                + child.acknowledged.size() + " acknowledged");
                    }
                    child.kill();
                    acknowledged.addAll(child.acknowledged);
                    replayed += child.replayed;
                    kills.set(
                            kills.size() - 1,
                            kills.getLast() + " (outbox rows replayed at its start: " + child.replayed + ")");
                }
            }
            try (Child verify = Child.start(data, "verify", SEED)) {
                verify.await(line -> line.startsWith("DRAINED"));
                replayed += verify.replayed;
                verify.stop();
            }
        } finally {
            // If a round failed, the killed JVM's PostgreSQL still runs: starting on the directory stops it.
            try (EmbeddedDatabase ignored = EmbeddedDatabase.start(data.resolve("postgres"))) {
                System.out.println("SearchCrashIT kills: " + kills);
            } catch (RuntimeException e) {
                System.out.println("SearchCrashIT: the data directory's database could not be stopped: " + e);
            }
        }

        assertThat(acknowledged)
                .as("contributions were acknowledged before the kills")
                .hasSizeGreaterThan(20);
        assertThat(replayed)
                .as("some kills left changes in the outbox, replayed at the next start")
                .isPositive();
        Set<Long> publicIds;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"));
                Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            assertThat(ids(connection, "SELECT id FROM contribution WHERE id = ANY (?)", acknowledged))
                    .as("every acknowledged contribution is in PostgreSQL")
                    .containsAll(acknowledged);
            publicIds = ids(connection, "SELECT id FROM contribution WHERE status <> 'DRAFT' AND NOT hidden", null);
            long horizon;
            try (FSDirectory directory = FSDirectory.open(data.resolve("index"))) {
                horizon = Long.parseLong(
                        SegmentInfos.readLatestCommit(directory).getUserData().get(SearchIndex.HORIZON_KEY));
            }
            assertThat(ids(connection, "SELECT id FROM search_outbox WHERE txid >= '" + horizon + "'::xid8", null))
                    .as("the index's committed horizon has passed every change in the log")
                    .isEmpty();
        }
        assertThat(publicIds).containsAll(acknowledged);
        try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Long> missingOrDuplicated = new ArrayList<>();
            for (long id : publicIds) {
                if (searcher.count(new TermQuery(ContributionDocument.idTerm(id))) != 1) {
                    missingOrDuplicated.add(id);
                }
            }
            assertThat(missingOrDuplicated)
                    .as("every public contribution is in the index exactly once")
                    .isEmpty();
            assertThat(reader.numDocs()).as("and nothing else").isEqualTo(publicIds.size());
        }
        System.out.printf(
                "SearchCrashIT: %d rounds (%s), %d contributions acknowledged, %d outbox rows replayed at restarts, "
                        + "%d public contributions checked in the index%n",
                ROUNDS, kills, acknowledged.size(), replayed, publicIds.size());
    }

    private static Set<Long> ids(Connection connection, String sql, Set<Long> parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                Array array = connection.createArrayOf("bigint", parameter.toArray());
                statement.setArray(1, array);
            }
            Set<Long> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** A child JVM running {@link SearchCrashChild}, its output read line by line. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final Thread reader;
        private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<String> lines = new ArrayList<>();
        private volatile int replayed;
        private volatile java.util.function.Predicate<String> awaited;
        private volatile CountDownLatch seen;

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform()
                    .daemon()
                    .name("search-crash-child-output")
                    .start(this::read);
        }

        static Child start(Path data, String mode, long seed) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-XX:TieredStopAtLevel=1",
                            "-Xshare:auto",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SearchCrashChild.class.getName(),
                            data.toString(),
                            mode,
                            Long.toString(seed))
                    .redirectErrorStream(true)
                    .start();
            return new Child(process);
        }

        private void read() {
            try (BufferedReader output =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    Matcher ack = ACK.matcher(line);
                    if (ack.matches()) {
                        acknowledged.add(Long.parseLong(ack.group(1)));
                    } else {
                        synchronized (lines) {
                            lines.add(line);
                        }
                        Matcher replay = REPLAYING.matcher(line);
                        if (replay.find()) {
                            replayed += Integer.parseInt(replay.group(1));
                        }
                    }
                    java.util.function.Predicate<String> condition = awaited;
                    if (condition != null && condition.test(line)) {
                        seen.countDown();
                    }
                }
            } catch (IOException e) {
                // the process died: its output ends here
            }
        }

        void await(java.util.function.Predicate<String> condition) throws InterruptedException {
            seen = new CountDownLatch(1);
            awaited = condition;
            synchronized (lines) {
                if (lines.stream().anyMatch(condition)) {
                    return;
                }
            }
            if (!seen.await(3, TimeUnit.MINUTES)) {
                throw new AssertionError("The child JVM did not get there in time; its output:\n" + output());
            }
        }

        /** SIGKILL: no shutdown hook, no closing of the index or the database. Waits for the output to be read to its end. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }

        void stop() throws IOException, InterruptedException {
            try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                in.write("STOP\n");
            }
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("The child JVM did not stop; its output:\n" + output());
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(process.exitValue()).as(output()).isZero();
        }

        private String output() {
            synchronized (lines) {
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            }
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
