package fr.convergences.convergence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The plain-SQL side of suggestions: which new contributions to examine, the offers made, and members added by hand. */
@Singleton
public class SuggestionStore {

    private final JdbcOperations jdbc;

    SuggestionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per consultation with a confirmed convergence, its public contributions created or published after the last
     * computation that no live convergence holds and that were never examined. Creation counts, not the publication
     * date: an imported row keeps its original date, which may be years old.
     */
    Map<Long, List<Long>> arrivals() {
        return jdbc.prepareStatement("""
                SELECT c.consultation_id, c.id FROM contribution c
                JOIN (SELECT consultation_id, max(computed_at) AS computed_at FROM convergence GROUP BY consultation_id
                      HAVING bool_or(status = 'CONFIRMED')) last ON last.consultation_id = c.consultation_id
                WHERE c.status = 'PUBLISHED' AND NOT c.hidden AND greatest(c.created_at, c.published_at) > last.computed_at
                  AND NOT EXISTS (SELECT 1 FROM convergence_member m WHERE m.contribution_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM convergence_suggestion s WHERE s.contribution_id = c.id)
                ORDER BY c.consultation_id, c.id LIMIT 1000""", statement -> {
            Map<Long, List<Long>> arrivals = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    arrivals.computeIfAbsent(rows.getLong(1), consultation -> new ArrayList<>())
                            .add(rows.getLong(2));
                }
            }
            return arrivals;
        });
    }

    /** Records the examination (an offer to the convergence, or none); a row already there (another scan) wins. */
    void examined(long contributionId, long consultationId, @Nullable Long convergenceId, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO convergence_suggestion (contribution_id, consultation_id, convergence_id, status, examined_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (contribution_id) DO NOTHING""", statement -> {
            statement.setLong(1, contributionId);
            statement.setLong(2, consultationId);
            statement.setObject(3, convergenceId);
            statement.setString(4, convergenceId == null ? "NONE" : "PENDING");
            statement.setTimestamp(5, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    /** The pending offers of a consultation whose convergence is still confirmed, oldest first. */
    List<Suggestion> pending(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT s.contribution_id, c.title, c.body, s.convergence_id, v.label FROM convergence_suggestion s
                JOIN contribution c ON c.id = s.contribution_id JOIN convergence v ON v.id = s.convergence_id
                WHERE s.consultation_id = ? AND s.status = 'PENDING' AND v.status = 'CONFIRMED' ORDER BY s.examined_at, s.contribution_id""", statement -> {
            statement.setLong(1, consultationId);
            List<Suggestion> suggestions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    suggestions.add(new Suggestion(
                            rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getString(5)));
                }
            }
            return suggestions;
        });
    }

    /** A pending offer, locked until the decision commits (two moderators cannot both decide it). */
    Optional<Suggestion> pendingForUpdate(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT s.contribution_id, c.title, c.body, s.convergence_id, v.label FROM convergence_suggestion s
                JOIN contribution c ON c.id = s.contribution_id JOIN convergence v ON v.id = s.convergence_id
                WHERE s.contribution_id = ? AND s.status = 'PENDING' FOR UPDATE OF s""", statement -> {
            statement.setLong(1, contributionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Suggestion(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getLong(4),
                                rows.getString(5)))
                        : Optional.empty();
            }
        });
    }

    void decide(long contributionId, String status, long by, Instant at) {
        jdbc.prepareStatement(
                "UPDATE convergence_suggestion SET status = ?, decided_by = ?, decided_at = ? WHERE contribution_id = ?",
                statement -> {
                    statement.setString(1, status);
                    statement.setLong(2, by);
                    statement.setTimestamp(3, Timestamp.from(at));
                    statement.setLong(4, contributionId);
                    return statement.executeUpdate();
                });
    }

    /** Adds the contribution as the last member (the least representative until the next computation says otherwise). */
    void addMember(long convergenceId, long contributionId) {
        jdbc.prepareStatement("""
                INSERT INTO convergence_member (convergence_id, contribution_id, rank)
                SELECT ?, ?, coalesce(max(rank), 0) + 1 FROM convergence_member WHERE convergence_id = ?""", statement -> {
            statement.setLong(1, convergenceId);
            statement.setLong(2, contributionId);
            statement.setLong(3, convergenceId);
            return statement.executeUpdate();
        });
    }

    /** A new contribution offered to a confirmed convergence. */
    public record Suggestion(
            long contributionId, String title, String body, long convergenceId, String convergenceLabel) {}
}
