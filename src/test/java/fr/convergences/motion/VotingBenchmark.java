package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.GroupCommitter;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.CountedBallot;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Tally;
import fr.convergences.motion.model.TallyInput;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingRules;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.AutoSave;

/**
 * The ballot machinery at the scale of a resident-wide vote: 200 concurrent voters casting on one voting
 * session with durable commits, the chain and the audit log on (roll-call and secret), then the close and
 * the full verification from PostgreSQL; and the in-memory tally of 100,000 ballots, Schulze with 10
 * options included. Smoke size in every build; {@code ./mvnw verify -Pbenchmark -Dit.test=VotingBenchmark}
 * for the full size. Asserts exact counts, never timings.
 *
 * <p>Variants side by side in one run: {@code -Dconvergences.benchmark.voting.autosave=conservative,never} runs each ballot
 * kind once per value, in that order, with pgjdbc's autosave set so on every connection of the platform's pool (the
 * datasource's setting, {@code application.yml}, is the default of each new connection); {@code ...inflight=8,18} caps
 * the casts in flight (below). {@code -Dconvergences.benchmark.voting.profile=true} adds where the casts' time went
 * ({@link CastProfile}).
 */
@Tag("benchmark")
class VotingBenchmark {

    private static final int VOTERS = 200;

    /**
     * Variants side by side: {@code -Dconvergences.benchmark.voting.inflight=8,18} runs each ballot kind once per value with
     * at most that many casts in flight at once (the voters beyond it wait, as in BallotService's own queue, whose size is
     * the pool's less two: 8 with the pool of 10). Values above 8 need a larger pool for the run
     * ({@code -Ddatasources.default.maximum-pool-size=20}). It measures how much the casts gain from sharing their
     * commits' WAL flushes (group commit).
     */
    private int maxInFlight = Integer.MAX_VALUE;

    /** Variant (c): casts committed in groups ({@link GroupCommitter}); null for the usual path. */
    private GroupCommitter groupCommitter;

    /** The profiles of the runs, when asked for ({@link CastProfile}). */
    private final StringBuilder profiles = new StringBuilder();

    @Test
    void two_hundred_concurrent_voters_cast_on_one_session_and_every_ballot_is_counted_once() throws Exception {
        TestPlatform platform = TestPlatform.shared();
        // A smaller full run when the machine is shared: -Dconvergences.benchmark.voting.ballots=20000 (both kinds).
        Integer override = Integer.getInteger("convergences.benchmark.voting.ballots");
        int ballots = override != null ? override : Benchmark.size(1_000, 100_000);
        StringBuilder report = new StringBuilder(
                "| ballot kind | ballots | voters | wall time | ballots/s | p50 | p95 | p99 | close | verify (chain + recount) |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|\n");
        String variants = System.getProperty("convergences.benchmark.voting.autosave", "");
        String inFlight = System.getProperty("convergences.benchmark.voting.inflight", "");
        String commitPaths = System.getProperty("convergences.benchmark.voting.commit", "");
        for (BallotKind kind : List.of(BallotKind.ROLL_CALL, BallotKind.SECRET)) {
            int size = kind == BallotKind.SECRET && override == null ? Benchmark.size(1_000, 20_000) : ballots;
            if (!commitPaths.isBlank()) {
                for (String path : commitPaths.split(",")) {
                    report.append(runCommitPath(platform, kind, size, path.strip()));
                }
                continue;
            }
            if (!inFlight.isBlank()) {
                for (String limit : inFlight.split(",")) {
                    maxInFlight = Integer.parseInt(limit.strip());
                    report.append(run(platform, kind, size, ", at most " + maxInFlight + " casts in flight"));
                }
                maxInFlight = Integer.MAX_VALUE;
                continue;
            }
            if (variants.isBlank()) {
                report.append(run(platform, kind, size, ""));
                continue;
            }
            for (String variant : variants.split(",")) {
                AutoSave autosave = AutoSave.of(variant.strip());
                poolAutosave(platform, autosave);
                report.append(run(platform, kind, size, ", autosave " + autosave.value()));
            }
        }
        report.append("\n")
                .append(tallies())
                .append(auditBlock(platform))
                .append(pendingCheckPlans(platform))
                .append(profiles);
        Benchmark.report("voting", report.toString());
    }

    /**
     * Sets pgjdbc's autosave on every connection of the pool: all of them are borrowed at once (so each is reached), set,
     * and given back; the pool keeps them open, and nothing resets the setting on return.
     */
    private static void poolAutosave(TestPlatform platform, AutoSave autosave) throws SQLException {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(platform.context().getBean(DataSource.class));
        int size = platform.context()
                .getProperty("datasources.default.maximum-pool-size", Integer.class)
                .orElse(10);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                connection.unwrap(PGConnection.class).setAutosave(autosave);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private String run(TestPlatform platform, BallotKind kind, int ballots, String variant) throws Exception {
        LargeElectorate electorate = new LargeElectorate(platform.context(), ballots);
        MotionService motions = platform.bean(MotionService.class);
        VotingSessionService sessions = platform.bean(VotingSessionService.class);
        BallotService service = platform.bean(BallotService.class);
        long motion = motions.publish(
                        electorate.admin,
                        motions.draft(
                                        electorate.admin,
                                        electorate.councilId,
                                        new MotionForm(
                                                null,
                                                MotionKind.AVIS,
                                                "Consultation de tous les habitants",
                                                "Texte",
                                                "Motifs",
                                                List.of(),
                                                List.of(),
                                                Set.of(),
                                                Set.of()))
                                .id())
                .id();
        VotingSession session = sessions.open(
                electorate.admin,
                sessions.plan(electorate.admin, motion, SessionForm.online(kind, VotingMethod.FOR_AGAINST, null))
                        .id());
        long[] latencies = new long[ballots];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger forVotes = new AtomicInteger();
        AtomicInteger voterNumber = new AtomicInteger();
        java.util.concurrent.Semaphore inFlight =
                new java.util.concurrent.Semaphore(Math.min(maxInFlight, VOTERS), true);
        ExecutorService pool = Executors.newFixedThreadPool(
                VOTERS, task -> new Thread(task, "voter-" + voterNumber.incrementAndGet()));
        io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration database =
                platform.bean(io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration.class);
        CastProfile profile = Boolean.getBoolean("convergences.benchmark.voting.profile")
                ? new CastProfile("voter-", database.getUrl(), database.getUsername(), database.getPassword())
                : null;
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < VOTERS; worker++) {
            workers.add(pool.submit(() -> {
                int index;
                while ((index = next.getAndIncrement()) < ballots) {
                    LargeElectorate.Voter voter = electorate.voters.get(index);
                    Vote vote = index % 3 == 0 ? Vote.AGAINST : Vote.FOR;
                    long start = System.nanoTime();
                    inFlight.acquire();
                    try {
                        if (groupCommitter != null) {
                            groupCommitter.cast(
                                    voter.actor(), session.id(), voter.seat(), new BallotChoice.ForAgainst(vote));
                        } else {
                            service.cast(voter.actor(), session.id(), voter.seat(), new BallotChoice.ForAgainst(vote));
                        }
                    } finally {
                        inFlight.release();
                    }
                    latencies[index] = System.nanoTime() - start;
                    if (vote == Vote.FOR) {
                        forVotes.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (profile != null) {
            profile.close();
            profiles.append("\n### Where the casts' time went: ")
                    .append(kind)
                    .append(variant)
                    .append("\n\n")
                    .append(profile.report(15));
        }
        // How far the mixer kept up: the ballots still pending are moved by the close.
        long pendingAtClose = new TestSql(platform)
                .count("SELECT count(*) FROM secret_ballot_pool WHERE session_id = ?", session.id());
        // How far the sealer kept up: the events still unsealed are sealed (and journalled) by the close.
        long unsealedAtClose = new TestSql(platform)
                .count("SELECT count(*) FROM voting_event WHERE session_id = ? AND seq IS NULL", session.id());
        long closeStart = System.nanoTime();
        VotingSession closed = sessions.close(electorate.admin, session.id());
        double closeMillis = (System.nanoTime() - closeStart) / 1e6;
        long verifyStart = System.nanoTime();
        SessionVerifier.Report verification =
                platform.bean(SessionVerifier.class).verify(session.id(), closed.publishedHead());
        double verifyMillis = (System.nanoTime() - verifyStart) / 1e6;

        TallyResult tally = sessions.result(session.id()).tally();
        assertThat(tally.ballots()).isEqualTo(ballots);
        assertThat(tally.forVotes()).isEqualTo(forVotes.get());
        assertThat(verification.problems()).isEmpty();
        // Roll-call casts are journalled one by one; secret ones by sealed block, with their number and no actor.
        assertThat(new TestSql(platform)
                        .count(
                                kind == BallotKind.ROLL_CALL
                                        ? "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'motion.ballot.cast'"
                                        : "SELECT coalesce(sum((after_json::json->>'ballots')::int), 0) FROM audit_entry WHERE council_id = ? AND action = 'motion.ballot.cast'",
                                electorate.councilId))
                .isEqualTo(ballots);
        String label =
                (kind == BallotKind.SECRET ? kind + " (" + pendingAtClose + " pending at close)" : kind.toString())
                        + variant + " (" + unsealedAtClose + " unsealed at close)";
        return String.format(
                "| %s | %,d | %d | %.1f s | %,.0f | %.1f ms | %.1f ms | %.1f ms | %.0f ms | %.0f ms |%n",
                label,
                ballots,
                VOTERS,
                seconds,
                ballots / seconds,
                Benchmark.percentileMillis(latencies, 50),
                Benchmark.percentileMillis(latencies, 95),
                Benchmark.percentileMillis(latencies, 99),
                closeMillis,
                verifyMillis);
    }

    /**
     * One run on one commit path, side by side with the others ({@code -Dconvergences.benchmark.voting.commit=plain,delay,group}):
     * {@code plain} is today's path (one durable commit per cast); {@code delay} the same with PostgreSQL's own group commit
     * ({@code commit_delay} 1 ms once at least 5 other transactions are active, {@code commit_siblings}, set on the embedded
     * server for the run and reset after); {@code group} (or {@code group:N} committer threads, 4 by default) commits the
     * casts waiting together in one transaction ({@link GroupCommitter}).
     */
    private String runCommitPath(TestPlatform platform, BallotKind kind, int size, String path) throws Exception {
        if (path.equals("plain")) {
            return run(platform, kind, size, ", one commit per cast");
        }
        if (path.equals("delay")) {
            serverSettings(platform, "ALTER SYSTEM SET commit_delay = 1000", "ALTER SYSTEM SET commit_siblings = 5");
            try {
                return run(platform, kind, size, ", commit_delay 1 ms, commit_siblings 5");
            } finally {
                serverSettings(platform, "ALTER SYSTEM RESET commit_delay", "ALTER SYSTEM RESET commit_siblings");
            }
        }
        if (path.startsWith("group")) {
            int committers = path.contains(":") ? Integer.parseInt(path.substring(path.indexOf(':') + 1)) : 4;
            @SuppressWarnings("unchecked")
            io.micronaut.transaction.TransactionOperations<Connection> transactions =
                    platform.bean(io.micronaut.transaction.TransactionOperations.class);
            groupCommitter = new GroupCommitter(platform.bean(BallotService.class), transactions, committers);
            try {
                String row = run(platform, kind, size, ", group commit, " + committers + " committers");
                return row.stripTrailing() + " mean group " + groupCommitter.meanGroup() + "\n";
            } finally {
                groupCommitter.close();
                groupCommitter = null;
            }
        }
        throw new IllegalArgumentException("unknown commit path " + path);
    }

    /** Server settings through the embedded server's superuser (its password file lies beside the data directory), then a reload. */
    private static void serverSettings(TestPlatform platform, String... statements) throws Exception {
        java.util.Properties passwords = new java.util.Properties();
        try (java.io.Reader reader =
                java.nio.file.Files.newBufferedReader(platform.dataDirectory().resolve("postgres.credentials"))) {
            passwords.load(reader);
        }
        io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration database =
                platform.bean(io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration.class);
        try (Connection connection = java.sql.DriverManager.getConnection(
                        database.getUrl(), "postgres", passwords.getProperty("superuser.password"));
                java.sql.Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /**
     * The sealer's audit entries for one block of 10,000 roll-call casts, as before (one {@code record} per cast: lock, head,
     * insert each time) and now (one {@code recordAll}: one lock, one head, one batched insert), each in its own transaction
     * on a council of its own, the same entries.
     */
    private static String auditBlock(TestPlatform platform) {
        int count = 10_000;
        fr.convergences.identity.audit.AuditTrail audit =
                platform.bean(fr.convergences.identity.audit.AuditTrail.class);
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<Connection> transactions =
                platform.bean(io.micronaut.transaction.TransactionOperations.class);
        StringBuilder line = new StringBuilder(
                "Audit entries of a sealed block of " + String.format("%,d", count) + " roll-call casts:");
        for (boolean batched : new boolean[] {false, true, false, true}) {
            long council =
                    new fr.convergences.testing.TestCouncils(platform).create().id();
            List<fr.convergences.identity.audit.AuditEvent> events = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                events.add(new fr.convergences.identity.audit.AuditEvent(
                        fr.convergences.identity.Actor.account(1_000_000L + i),
                        council,
                        "motion.ballot.cast",
                        "voting_session",
                        "1",
                        Map.of(),
                        Map.of("seat", i, "capacity", "SEAT", "choice", "FOR", "chain", i + ":x")));
            }
            long start = System.nanoTime();
            transactions.executeWrite(status -> {
                if (batched) {
                    audit.recordAll(events);
                } else {
                    events.forEach(audit::record);
                }
                return null;
            });
            line.append(String.format(
                    " %s %.0f ms;", batched ? "one batch" : "one by one", (System.nanoTime() - start) / 1e6));
            assertThat(new TestSql(platform).count("SELECT count(*) FROM audit_entry WHERE chain_key = ?", council))
                    .isEqualTo(count);
        }
        return line.append("\n").toString();
    }

    /** EXPLAIN ANALYZE of the sealer's pending check, as it was and as it is, on the table the runs filled. */
    private static String pendingCheckPlans(TestPlatform platform) throws SQLException {
        DataSource dataSource =
                DelegatingDataSource.unwrapDataSource(platform.context().getBean(DataSource.class));
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM voting_event")) {
                rows.next();
                plans.append(
                        String.format("%nThe sealer's pending check on voting_event (%,d rows):%n", rows.getLong(1)));
            }
            String before = "SELECT DISTINCT session_id FROM voting_event WHERE seq IS NULL";
            String after = """
                    WITH RECURSIVE pending (session_id) AS (
                        (SELECT session_id FROM voting_event WHERE seq IS NULL ORDER BY session_id LIMIT 1)
                        UNION ALL
                        SELECT (SELECT e.session_id FROM voting_event e WHERE e.seq IS NULL AND e.session_id > p.session_id
                                ORDER BY e.session_id LIMIT 1)
                        FROM pending p WHERE p.session_id IS NOT NULL)
                    SELECT session_id FROM pending WHERE session_id IS NOT NULL""";
            for (String[] query : new String[][] {{"before", before}, {"after", after}}) {
                plans.append("\n").append(query[0]).append(":\n```\n");
                StringBuilder plan = new StringBuilder();
                try (java.sql.ResultSet rows = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query[1])) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append("\n");
                    }
                }
                plans.append(plan).append("```\n");
                if (query[0].equals("after")) {
                    assertThat(plan.toString()).doesNotContain("Seq Scan on voting_event");
                }
            }
        }
        return plans.toString();
    }

    /** The in-memory tally of 100,000 ballots: for/against with two colleges, and ranked ballots on 10 options (Schulze). */
    private static String tallies() {
        int count = 100_000;
        Random random = new Random(42);
        List<CountedBallot> forAgainst = new ArrayList<>(count);
        List<CountedBallot> ranked = new ArrayList<>(count);
        List<Long> options = new ArrayList<>();
        for (long option = 1; option <= 10; option++) {
            options.add(option);
        }
        for (int i = 0; i < count; i++) {
            forAgainst.add(new CountedBallot(1 + i % 2, new BallotChoice.ForAgainst(Vote.values()[random.nextInt(3)])));
            List<Long> order = new ArrayList<>(options);
            Collections.shuffle(order, random);
            ranked.add(
                    new CountedBallot(1 + i % 2, new BallotChoice.Ranking(order.subList(0, 1 + random.nextInt(10)))));
        }
        Map<Long, Integer> electorate = Map.of(1L, count / 2, 2L, count / 2);
        double forAgainstMillis = best(() -> Tally.count(new TallyInput(
                VotingMethod.FOR_AGAINST, VotingRules.USUAL, List.of(), electorate, count, forAgainst, null)));
        double schulzeMillis = best(() -> Tally.count(
                new TallyInput(VotingMethod.RANKED, VotingRules.USUAL, options, electorate, count, ranked, null)));
        TallyResult schulze = Tally.count(
                new TallyInput(VotingMethod.RANKED, VotingRules.USUAL, options, electorate, count, ranked, null));
        assertThat(schulze.ballots()).isEqualTo(count);
        return String.format(
                "In-memory tally of %,d ballots (best of 5 after warm-up): for/against %.1f ms; ranked on 10 options (Schulze, full "
                        + "pairwise table) %.1f ms.%n",
                count, forAgainstMillis, schulzeMillis);
    }

    private static double best(Runnable tally) {
        for (int i = 0; i < 3; i++) {
            tally.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            tally.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }
}
