package fr.convergences.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The persistence home of {@code rate_limit_hit}. */
@Singleton
class RateLimitStore {

    private final JdbcOperations jdbc;

    RateLimitStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject's actions of this kind since the instant, oldest first; older ones are deleted on the way. */
    List<Instant> recent(RateLimited kind, String subject, Instant since) {
        jdbc.prepareStatement("DELETE FROM rate_limit_hit WHERE kind = ? AND subject = ? AND at <= ?", statement -> {
            statement.setString(1, kind.name());
            statement.setString(2, subject);
            statement.setTimestamp(3, Timestamp.from(since));
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement(
                "SELECT at FROM rate_limit_hit WHERE kind = ? AND subject = ? AND at > ? ORDER BY at", statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, subject);
                    statement.setTimestamp(3, Timestamp.from(since));
                    List<Instant> hits = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            hits.add(rows.getTimestamp(1).toInstant());
                        }
                    }
                    return hits;
                });
    }

    void record(RateLimited kind, String subject, Instant at) {
        jdbc.prepareStatement("INSERT INTO rate_limit_hit (kind, subject, at) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, kind.name());
            statement.setString(2, subject);
            statement.setTimestamp(3, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }
}
