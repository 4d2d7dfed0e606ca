package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.audit.VerifyAuditCommand;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.entry.VerifySessionCommand;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.search.IndexRebuilder;
import fr.convergences.search.IndexUpdater;
import fr.convergences.search.SearchIndex;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/OPERATIONS.md's backup and restore, end to end: a platform on a PostgreSQL server (Debian's, whose pg_dump
 * matches its version) with the demo data, contributions and a closed secret vote; {@code pg_dump} of its database;
 * {@code pg_restore} into an empty database; a new node on the restored database with an empty data directory, which
 * rebuilds its index; and every contribution, ballot and hash chain checked with the platform's own verify commands.
 */
class BackupRestoreIT {

    /** Counted in both databases: what the restore must bring back, row for row. */
    private static final List<String> TABLES = List.of(
            "contribution",
            "account",
            "voting_session",
            "voting_event",
            "roll_call_ballot",
            "secret_register",
            "secret_ballot",
            "audit_entry");

    @Test
    void a_dump_restored_into_an_empty_database_gives_back_every_contribution_and_ballot_with_intact_chains()
            throws Exception {
        try (ScratchPostgres server = ScratchPostgres.start()) {
            server.createDatabase("convergences");
            Map<String, Long> before;
            List<Long> closedSessions;
            Path dump = server.directory.resolveSibling(server.directory.getFileName() + ".dump");
            try (TestPlatform original = TestPlatform.separate(server.datasource("convergences"))) {
                VotingFixture council = new VotingFixture(original, 2, 0);
                VotingSession session = council.openOnline(
                        BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
                for (VotingFixture.Member member : council.titulars) {
                    original.bean(BallotService.class)
                            .cast(member.actor(), session.id(), member.seat(), new BallotChoice.ForAgainst(Vote.FOR));
                }
                assertThat(original.bean(VotingSessionService.class)
                                .close(council.admin, session.id())
                                .outcome())
                        .isEqualTo(Outcome.ADOPTED);
                TestSql sql = new TestSql(original);
                closedSessions =
                        sql.column("SELECT id FROM voting_session WHERE status = 'CLOSED' ORDER BY id").stream()
                                .map(id -> ((Number) id).longValue())
                                .toList();
                assertThat(closedSessions).contains(session.id());
                assertThat(verifyAll(original.context(), closedSessions))
                        .as("the original verifies")
                        .isZero();
            }
            // Counted and dumped once the node has stopped, so that no background work (the demo's convergences) writes
            // between the count and the dump; pg_dump reads one consistent snapshot of a running platform all the same.
            before = counts(server, "convergences");
            server.run(
                    server.tool("pg_dump"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    server.port(),
                    "-U",
                    "postgres",
                    "-Fc",
                    "-f",
                    dump.toString(),
                    "convergences");
            assertThat(before.get("contribution"))
                    .as("contributions in the backup")
                    .isGreaterThan(100);
            assertThat(before.get("secret_ballot"))
                    .as("secret ballots in the backup")
                    .isPositive();

            server.createDatabase("restored");
            server.run(
                    server.tool("pg_restore"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    server.port(),
                    "-U",
                    "postgres",
                    "--exit-on-error",
                    "-d",
                    "restored",
                    dump.toString());

            assertThat(counts(server, "restored")).as("every row back").isEqualTo(before);

            try (TestPlatform restored = TestPlatform.separate(server.datasource("restored"))) {
                assertThat(verifyAll(restored.context(), closedSessions))
                        .as("chains, ballots and tallies verify after the restore")
                        .isZero();

                // The new node's data directory was empty: its index is rebuilt from the restored database.
                IndexRebuilder rebuilder = restored.bean(IndexRebuilder.class);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (rebuilder.progress().state() == IndexRebuilder.State.RUNNING && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                restored.bean(IndexUpdater.class).awaitDrained(Duration.ofMinutes(1));
                long published = new TestSql(restored)
                        .count("SELECT count(*) FROM contribution WHERE status <> 'DRAFT' AND NOT hidden");
                assertThat((long) restored.bean(SearchIndex.class).documentCount())
                        .as("index rebuilt with every public contribution")
                        .isEqualTo(published);
            }
        }
    }

    private static Map<String, Long> counts(ScratchPostgres server, String database) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The sum of the exit codes of verify-audit (every chain) and verify-session (each closed session): 0 when all is intact. */
    private static int verifyAll(ApplicationContext context, List<Long> sessions) throws Exception {
        VerifyAuditCommand audit = new VerifyAuditCommand();
        new CommandLine(audit).parseArgs();
        int exits = audit.run(context);
        for (long session : sessions) {
            VerifySessionCommand verify = new VerifySessionCommand();
            new CommandLine(verify).parseArgs(Long.toString(session));
            exits += verify.run(context);
        }
        return exits;
    }

    /**
     * A throw-away PostgreSQL server of the machine's own installation (Debian's {@code postgresql} package), whose
     * pg_dump and pg_restore are of the same version as the server, as the backup procedure requires. Run as the
     * {@code postgres} system user when the tests run as root, since PostgreSQL refuses root.
     */
    private static final class ScratchPostgres implements AutoCloseable {
        private final Path bin;
        private final Path directory;
        private final int port;
        private final boolean asRoot;

        private ScratchPostgres(Path bin, Path directory, int port, boolean asRoot) {
            this.bin = bin;
            this.directory = directory;
            this.port = port;
            this.asRoot = asRoot;
        }

        static ScratchPostgres start() throws Exception {
            Path bin;
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                bin = versions.map(version -> version.resolve("bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("pg_dump")))
                        .max(Comparator.comparing(dir ->
                                Integer.parseInt(dir.getParent().getFileName().toString())))
                        .orElseThrow(() -> new AssertionError(
                                "No PostgreSQL server with pg_dump under /usr/lib/postgresql: install Debian's "
                                        + "postgresql package (.ci/run does)"));
            }
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            Path directory = Files.createTempDirectory(Path.of("/tmp"), "convergences-backup-");
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ScratchPostgres server = new ScratchPostgres(bin, directory, port, asRoot);
            if (asRoot) {
                new ScratchPostgres(bin, directory, port, false)
                        .run("chown", "postgres:postgres", directory.toString());
            }
            server.run(
                    server.tool("initdb"),
                    "-D",
                    directory.resolve("data").toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8");
            server.run(
                    server.tool("pg_ctl"),
                    "-D",
                    directory.resolve("data").toString(),
                    "-w",
                    "-l",
                    directory.resolve("log").toString(),
                    "-o",
                    "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
                    "start");
            return server;
        }

        String tool(String name) {
            return bin.resolve(name).toString();
        }

        String port() {
            return Integer.toString(port);
        }

        Map<String, Object> datasource(String database) {
            return Map.of(
                    "datasources.default.url",
                    "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                    "datasources.default.username",
                    "convergences",
                    "datasources.default.password",
                    "sauvegarde");
        }

        void createDatabase(String name) throws Exception {
            String psql = tool("psql");
            run(
                    psql,
                    "-h",
                    "127.0.0.1",
                    "-p",
                    port(),
                    "-U",
                    "postgres",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-c",
                    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'convergences') THEN "
                            + "CREATE ROLE convergences LOGIN PASSWORD 'sauvegarde'; END IF; END $$");
            run(
                    psql,
                    "-h",
                    "127.0.0.1",
                    "-p",
                    port(),
                    "-U",
                    "postgres",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-c",
                    "CREATE DATABASE " + name + " OWNER convergences");
        }

        void run(String... command) throws Exception {
            List<String> line = new ArrayList<>();
            if (asRoot && !command[0].equals("chown")) {
                line.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            line.addAll(List.of(command));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", line) + "\n" + output)
                    .isZero();
        }

        @Override
        public void close() throws Exception {
            try {
                run(tool("pg_ctl"), "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            } catch (AssertionError | IOException e) {
                System.out.println("BackupRestoreIT: the scratch server did not stop: " + e.getMessage());
            }
            new ScratchPostgres(bin, directory, port, false)
                    .run("rm", "-rf", directory.toString(), directory + ".dump");
        }
    }
}
