package fr.convergences.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC connections for the index's own work (outbox, rebuild, labels), which runs on its own
 * threads outside any application transaction: each statement commits on its own.
 */
@Singleton
public class SearchDatabase {

    private final DataSource dataSource;

    public SearchDatabase(DataSource dataSource) {
        // The application's bean joins the caller's transaction; the indexer has none and wants its own connections.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** A call that may fail with SQLException, so that callers keep JDBC's try-with-resources. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T with(Work<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Search database access failed: " + e.getMessage(), e);
        }
    }
}
