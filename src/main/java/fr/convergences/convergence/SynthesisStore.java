package fr.convergences.convergence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The synthesis document's tables: the editor's draft and the published versions (JSON kept as the application wrote it). */
@Singleton
class SynthesisStore {

    private final JdbcOperations jdbc;

    SynthesisStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The draft: title, framing, and the introductions as JSON (theme key → text). */
    record Draft(String title, String framing, String introductionsJson) {}

    Optional<Draft> draft(long consultationId) {
        return jdbc.prepareStatement(
                "SELECT title, framing, introductions::text FROM synthesis_draft WHERE consultation_id = ?",
                statement -> {
                    statement.setLong(1, consultationId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Draft(rows.getString(1), rows.getString(2), rows.getString(3)))
                                : Optional.empty();
                    }
                });
    }

    void saveDraft(long consultationId, Draft draft, long accountId, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO synthesis_draft (consultation_id, title, framing, introductions, updated_by, updated_at) VALUES (?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (consultation_id) DO UPDATE SET title = excluded.title, framing = excluded.framing,
                  introductions = excluded.introductions, updated_by = excluded.updated_by, updated_at = excluded.updated_at""", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, draft.title());
            statement.setString(3, draft.framing());
            statement.setString(4, draft.introductionsJson());
            statement.setLong(5, accountId);
            statement.setTimestamp(6, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    /** A published version as stored. */
    record Version(int number, String title, String framing, String structureJson, Instant publishedAt) {}

    /**
     * Adds the next version, numbered one past the last. The lock on the draft row serialises two editors publishing
     * at once; the unique number would refuse the second anyway.
     */
    int publish(long consultationId, String title, String framing, String structureJson, long accountId, Instant at) {
        jdbc.prepareStatement("SELECT 1 FROM synthesis_draft WHERE consultation_id = ? FOR UPDATE", statement -> {
            statement.setLong(1, consultationId);
            return statement.executeQuery().next();
        });
        return jdbc.prepareStatement("""
                INSERT INTO synthesis_version (consultation_id, number, title, framing, structure, published_by, published_at)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM synthesis_version WHERE consultation_id = ?), ?, ?, ?::jsonb, ?, ?)
                RETURNING number""", statement -> {
            statement.setLong(1, consultationId);
            statement.setLong(2, consultationId);
            statement.setString(3, title);
            statement.setString(4, framing);
            statement.setString(5, structureJson);
            statement.setLong(6, accountId);
            statement.setTimestamp(7, Timestamp.from(at));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    Optional<Version> version(long consultationId, int number) {
        return jdbc.prepareStatement("""
                SELECT number, title, framing, structure::text, published_at FROM synthesis_version WHERE consultation_id = ? AND number = ?""", statement -> {
            statement.setLong(1, consultationId);
            statement.setInt(2, number);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Version(
                                rows.getInt(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getTimestamp(5).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /** The published versions, the newest first (number, title, date; without their structure). */
    List<Version> versions(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT number, title, published_at FROM synthesis_version WHERE consultation_id = ? ORDER BY number DESC""", statement -> {
            statement.setLong(1, consultationId);
            List<Version> versions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.add(new Version(
                            rows.getInt(1),
                            rows.getString(2),
                            "",
                            "",
                            rows.getTimestamp(3).toInstant()));
                }
            }
            return versions;
        });
    }
}
