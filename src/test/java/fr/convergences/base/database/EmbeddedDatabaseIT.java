package fr.convergences.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("crash")
class EmbeddedDatabaseIT {

    @Test
    void data_survives_a_restart_on_the_same_directory(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"))) {
            execute(database, "CREATE TABLE note (text TEXT)", "INSERT INTO note VALUES ('kept')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"))) {
            assertThat(query(database, "SELECT text FROM note")).containsExactly("kept");
        }
    }

    @Test
    void the_server_is_as_durable_as_a_normal_one(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"))) {
            assertThat(query(database, "SHOW fsync")).containsExactly("on");
            assertThat(query(database, "SHOW synchronous_commit")).containsExactly("on");
            assertThat(query(database, "SHOW full_page_writes")).containsExactly("on");
        }
    }

    @Test
    void a_directory_in_use_is_refused_with_a_clear_message(@TempDir Path data) {
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(data.resolve("postgres"))) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(data.resolve("postgres")))
                    .hasMessageContaining("is in use by another running Convergences");
        }
    }

    @Test
    void a_run_after_a_killed_one_stops_the_leftover_server_and_keeps_committed_data(@TempDir Path data)
            throws Exception {
        Path directory = data.resolve("postgres");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        directory.toString(),
                        "committed before the kill")
                .redirectErrorStream(true)
                .start();
        awaitReady(child);
        long leftoverPid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid"))
                .getFirst()
                .trim());

        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive))
                .as("the killed JVM leaves its PostgreSQL running")
                .contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(query(database, "SELECT note FROM survivor")).containsExactly("committed before the kill");
            assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive))
                    .as("the leftover server is stopped")
                    .isEmpty();
        }
    }

    private static void awaitReady(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY")) {
                return;
            }
        }
        throw new AssertionError("The child JVM stopped before the database was ready:\n" + seen);
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
