package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What pgjdbc's {@code autosave=conservative} (application.yml, kept for rolling upgrades) costs the largest transaction
 * the platform runs: an import written by {@link ImportWriter} in batches, in one transaction. The same rows through
 * the same writer on two connections to the same database, one with autosave and one without, in interleaved rounds;
 * before each commit, PostgreSQL says how many subtransactions the transaction holds (autosave's savepoints) and whether
 * they overflowed its cache of 64, past which every other session's snapshots must consult pg_subtrans.
 */
@Tag("benchmark")
class AutosaveBenchmark {

    private static final List<String> VARIANTS = List.of("conservative", "never");

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);

    record Run(String autosave, int rows, double seconds, long subtransactions, boolean overflowed) {}

    @Test
    void an_import_transaction_with_and_without_autosave() throws SQLException {
        int rows = Benchmark.size(500, 100_000); // smoke size in every build: CI time is tight
        int rounds = Benchmark.size(1, 2);
        long council = new TestCouncils(platform).create().id();
        ImportFixtures fixtures = new ImportFixtures(platform);
        long admin = fixtures.councilAdmin(council).accountId();
        ImportAuthors authors = platform.bean(ImportAuthors.class);

        write(
                connection("never"),
                fixtures.consultation(council, "Échauffement"),
                council,
                admin,
                authors,
                Math.min(rows, 2_000)); // warm-up: JIT, the statements prepared
        List<Run> runs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String autosave : VARIANTS) {
                long consultation = fixtures.consultation(council, "Autosave " + autosave + " " + round);
                runs.add(write(connection(autosave), consultation, council, admin, authors, rows));
                assertThat(sql.count(
                                "SELECT count(*) FROM contribution WHERE consultation_id = ? AND origin = 'IMPORTED'",
                                consultation))
                        .isEqualTo(rows);
            }
        }

        StringBuilder table = new StringBuilder("""
                `ImportWriter` (batches of 500: ids, contributions, sources, themes), one transaction, the same rows on two \
                connections to the same database, interleaved rounds; subtransactions as PostgreSQL counts them before the commit.

                | autosave | rows | write + commit | rows/s | subtransactions in the transaction | overflowed (> 64) |
                |---|---:|---:|---:|---:|---|
                """);
        for (Run run : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.2f s | %,.0f | %,d | %s |%n",
                    run.autosave(),
                    run.rows(),
                    run.seconds(),
                    run.rows() / run.seconds(),
                    run.subtransactions(),
                    run.overflowed() ? "yes" : "no"));
        }
        Benchmark.report("AutosaveBenchmark", table.toString());
    }

    private Run write(
            Connection connection, long consultation, long council, long admin, ImportAuthors authors, int rows)
            throws SQLException {
        try (connection) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long importId = importRow(connection, council, consultation, admin);
            try (ImportWriter writer = new ImportWriter(connection, consultation, importId, Instant.now(), authors)) {
                for (int line = 1; line <= rows; line++) {
                    writer.add(new ImportedContribution(
                            line,
                            ContributionKind.NEED,
                            "Besoin importé n° " + line,
                            "Un besoin de santé du territoire, le numéro " + line + ", venu d'une autre plateforme.",
                            "91228",
                            List.of(),
                            null,
                            "ext-" + line,
                            null,
                            line % 7,
                            line % 3,
                            null,
                            null,
                            Set.of(),
                            List.of(),
                            "auteur-" + line % 97));
                }
                writer.flush();
            }
            long subtransactions;
            boolean overflowed;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("""
                    SELECT x.subxact_count, x.subxact_overflowed
                    FROM pg_stat_get_backend_idset() AS b(id), pg_stat_get_backend_subxact(b.id) AS x
                    WHERE pg_stat_get_backend_pid(b.id) = pg_backend_pid()""")) {
                result.next();
                subtransactions = result.getLong(1);
                overflowed = result.getBoolean(2);
            }
            connection.commit();
            return new Run(autosave(connection), rows, (System.nanoTime() - start) / 1e9, subtransactions, overflowed);
        }
    }

    private static String autosave(Connection connection) throws SQLException {
        return connection
                .unwrap(org.postgresql.PGConnection.class)
                .getAutosave()
                .name()
                .toLowerCase(Locale.ROOT);
    }

    private static long importRow(Connection connection, long council, long consultation, long admin)
            throws SQLException {
        try (var statement = connection.prepareStatement("""
                INSERT INTO contribution_import (council_id, consultation_id, imported_by, imported_at, file_name, format, accepted_count, rejected_count)
                VALUES (?, ?, ?, now(), 'autosave.csv', 'CSV', 0, 0) RETURNING id""")) {
            statement.setLong(1, council);
            statement.setLong(2, consultation);
            statement.setLong(3, admin);
            try (ResultSet id = statement.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** A connection to the platform's database with the platform's settings, but the autosave given. */
    private Connection connection(String autosave) throws SQLException {
        HikariDataSource pool =
                (HikariDataSource) DelegatingDataSource.unwrapDataSource(platform.bean(DataSource.class));
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        properties.setProperty("user", pool.getUsername());
        properties.setProperty("password", pool.getPassword() == null ? "" : pool.getPassword());
        properties.setProperty("autosave", autosave);
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
