package fr.convergences.motion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the casts of a benchmark run spend their time, by sampling while they run: each voter thread's stack (the
 * platform's innermost frame: which statement or step it is in, or the admission queue), and what PostgreSQL's backends
 * are doing (active on CPU, or waiting, and on what: a lock, the WAL flush of a commit...). A poor man's profiler, sampling
 * every 20 ms so that it costs the run little; opt-in ({@code -Dconvergences.benchmark.voting.profile=true}).
 */
final class CastProfile implements AutoCloseable {

    private static final long INTERVAL_MS = 20;

    private final Map<String, Integer> frames = new HashMap<>();
    private final Map<String, Integer> backends = new HashMap<>();
    private final Map<String, long[]> scans = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private int threadSamples;
    private int backendSamples;

    CastProfile(String threadPrefix, String jdbcUrl, String user, String password) {
        sampler = new Thread(() -> sample(threadPrefix, jdbcUrl, user, password), "cast-profile");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample(String threadPrefix, String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            tableScans(statement, -1);
            while (running.get()) {
                for (Map.Entry<Thread, StackTraceElement[]> thread :
                        Thread.getAllStackTraces().entrySet()) {
                    if (thread.getKey().getName().startsWith(threadPrefix)) {
                        String where = where(thread.getValue());
                        if (where != null) {
                            frames.merge(where, 1, Integer::sum);
                            threadSamples++;
                        }
                    }
                }
                try (ResultSet rows =
                        statement.executeQuery("SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' | ' "
                                + "|| regexp_replace(left(query, 70), '\\s+', ' ', 'g') FROM pg_stat_activity WHERE datname = current_database() "
                                + "AND state = 'active' AND pid <> pg_backend_pid()")) {
                    while (rows.next()) {
                        backends.merge(rows.getString(1), 1, Integer::sum);
                        backendSamples++;
                    }
                }
                Thread.sleep(INTERVAL_MS);
            }
            // Backends report their counters at most once a second: let the last casts' reach the statistics.
            Thread.sleep(1500);
            tableScans(statement, 1);
        } catch (SQLException | InterruptedException e) {
            backends.merge("sampling stopped: " + e.getMessage(), 1, Integer::sum);
        }
    }

    /** Adds (sign 1) or subtracts (sign -1) each table's sequential scans, rows read by them, and index scans. */
    private void tableScans(Statement statement, int sign) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) FROM pg_stat_user_tables")) {
            while (rows.next()) {
                long[] counts = scans.computeIfAbsent(rows.getString(1), table -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    counts[i] += sign * rows.getLong(i + 2);
                }
            }
        }
    }

    /** The innermost frame of the platform's own code (or the admission queue), with the statement's caller when in the database. */
    private static String where(StackTraceElement[] stack) {
        boolean inDatabase = false;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("org.postgresql") || type.startsWith("com.zaxxer")) {
                inDatabase = true;
            }
            if (type.startsWith("java.util.concurrent.Semaphore")) {
                return "waiting for admission (BallotService's queue)";
            }
            if (type.startsWith("fr.convergences.")
                    && !type.startsWith("fr.convergences.motion.VotingBenchmark")
                    && !type.startsWith("fr.convergences.base.database.Sql")) {
                return (inDatabase ? "in PostgreSQL from " : "in Java at ") + type.substring(type.lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join();
    }

    /** The top entries of each sample, as markdown. */
    String report(int top) {
        StringBuilder text = new StringBuilder("Voter threads (" + threadSamples + " samples):\n\n");
        append(text, frames, threadSamples, top);
        text.append("\nPostgreSQL backends, active ones (" + backendSamples + " samples):\n\n");
        append(text, backends, backendSamples, top);
        text.append(
                "\nTables by rows read in sequential scans during the run (sequential scans, rows, index scans):\n\n");
        scans.entrySet().stream()
                .filter(entry -> entry.getValue()[0] > 0 || entry.getValue()[2] > 0)
                .sorted((a, b) -> Long.compare(
                        b.getValue()[1] * 1000 + b.getValue()[2], a.getValue()[1] * 1000 + a.getValue()[2]))
                .limit(top)
                .forEach(entry -> text.append(String.format(
                        "- %s: %,d, %,d, %,d%n",
                        entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])));
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> text.append(String.format(
                        "- %5.1f %% %s%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey())));
    }
}
