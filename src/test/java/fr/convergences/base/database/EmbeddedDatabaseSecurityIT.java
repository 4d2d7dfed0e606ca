package fr.convergences.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security finding 3: the embedded PostgreSQL trusted every local connection as superuser, so any local process
 * could run programs through {@code COPY … TO PROGRAM} or read the ballot key with {@code pg_read_binary_file}.
 */
class EmbeddedDatabaseSecurityIT {

    @Test
    void a_connection_without_the_password_is_refused_and_the_platform_role_is_no_superuser(@TempDir Path data)
            throws Exception {
        Path directory = data.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertRefusedWithoutPassword(database);
            try (Connection platform =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    Statement statement = platform.createStatement()) {
                assertThat(database.username()).isEqualTo("convergences");
                assertThat(single(statement, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                        .isEqualTo("f");
                assertThat(single(
                                statement,
                                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                        .as("the platform owns its schema")
                        .isEqualTo("convergences");
                assertThatThrownBy(() -> statement.executeQuery(
                                "SELECT pg_read_binary_file('" + directory.resolve("PG_VERSION") + "')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
        Path credentials = EmbeddedDatabase.credentialsFile(directory);
        assertThat(credentials).exists().hasParent(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void a_data_directory_from_before_is_converted_at_its_next_start_and_keeps_its_data(@TempDir Path data)
            throws Exception {
        Path directory = data.resolve("postgres");
        // What the platform used to create: a trusting server whose tables belong to the superuser.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text TEXT)");
            statement.execute("INSERT INTO note (text) VALUES ('kept')");
            statement.execute("CREATE FUNCTION shout(t TEXT) RETURNS TEXT LANGUAGE SQL AS 'SELECT upper(t)'");
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                    Connection platform =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    Statement statement = platform.createStatement()) {
                assertRefusedWithoutPassword(database);
                statement.execute(
                        "INSERT INTO note (text) VALUES ('written by the platform role, start " + start + "')");
                assertThat(single(statement, "SELECT shout(text) FROM note WHERE id = 1"))
                        .isEqualTo("KEPT");
                assertThat(single(statement, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'note'"))
                        .isEqualTo("convergences");
                statement.execute("ALTER TABLE note ADD COLUMN IF NOT EXISTS later TEXT"); // migrations need ownership
            }
        }
    }

    private static void assertRefusedWithoutPassword(EmbeddedDatabase database) {
        for (String user : new String[] {"postgres", "convergences"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "")
                            .close())
                    .as("%s without a password", user)
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "wrong")
                            .close())
                    .as("%s with a wrong password", user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
