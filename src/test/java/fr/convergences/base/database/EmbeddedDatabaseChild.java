package fr.convergences.base.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedDatabaseIT}: starts the database, commits a row, then waits to be killed. */
public final class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivor (note TEXT NOT NULL)");
            statement.execute("INSERT INTO survivor VALUES ('" + args[1] + "')");
        }
        System.out.println("READY " + database.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
