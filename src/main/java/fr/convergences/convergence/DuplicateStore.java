package fr.convergences.convergence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The persistence of moderators' duplicate merges ({@code convergence_duplicate}) and what checking one needs. */
@Singleton
public class DuplicateStore {

    private final JdbcOperations jdbc;

    DuplicateStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A contribution as a merge checks it: its consultation and its text. */
    record Text(long contributionId, long consultationId, String text) {}

    Optional<Text> text(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT id, consultation_id, title, body FROM contribution WHERE id = ?", statement -> {
                    statement.setLong(1, contributionId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Text(
                                        rows.getLong(1), rows.getLong(2), rows.getString(3) + " " + rows.getString(4)))
                                : Optional.empty();
                    }
                });
    }

    /** The contribution this one was merged into, if it was. */
    Optional<Long> keptFor(long duplicateId) {
        return jdbc.prepareStatement("SELECT kept_id FROM convergence_duplicate WHERE duplicate_id = ?", statement -> {
            statement.setLong(1, duplicateId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        });
    }

    void merge(long keptId, long duplicateId, long accountId, Instant at) {
        jdbc.prepareStatement(
                "INSERT INTO convergence_duplicate (duplicate_id, kept_id, merged_by, merged_at) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, duplicateId);
                    statement.setLong(2, keptId);
                    statement.setLong(3, accountId);
                    statement.setObject(4, java.sql.Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    boolean unmerge(long duplicateId) {
        return jdbc.prepareStatement("DELETE FROM convergence_duplicate WHERE duplicate_id = ?", statement -> {
            statement.setLong(1, duplicateId);
            return statement.executeUpdate() == 1;
        });
    }
}
