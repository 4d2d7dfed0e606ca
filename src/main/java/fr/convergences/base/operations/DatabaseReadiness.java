package fr.convergences.base.operations;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Ready when a connection can be had from the pool and answers within two seconds. */
@Singleton
public class DatabaseReadiness implements ReadinessCheck {

    private final DataSource dataSource;

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Optional<String> notReadyBecause() {
        // The raw pool, not the transaction-aware proxy: this check runs outside any transaction.
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            return connection.isValid(2) ? Optional.empty() : Optional.of("the database did not answer within 2 s");
        } catch (SQLException e) {
            return Optional.of("no database connection: " + e.getMessage());
        }
    }
}
