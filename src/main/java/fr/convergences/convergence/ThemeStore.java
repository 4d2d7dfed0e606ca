package fr.convergences.convergence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The plain-SQL side of themes: contributors' choices, placements (written in batches: a run places them all), proposals. */
@Singleton
class ThemeStore {

    private final JdbcOperations jdbc;

    ThemeStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A placement as stored: the theme it names (see {@link ThemeKey}) and who placed it. */
    record Placement(long contributionId, ThemeKey theme, String placedBy) {}

    /** The theme each contributor chose: the first of theirs in the taxonomy's order when they chose several. */
    Map<Long, Long> contributorChoices(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT DISTINCT ON (ct.contribution_id) ct.contribution_id, ct.theme_id
                FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id JOIN contribution c ON c.id = ct.contribution_id
                WHERE c.consultation_id = ? ORDER BY ct.contribution_id, t.position, t.id""", statement -> {
            statement.setLong(1, consultationId);
            Map<Long, Long> choices = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    choices.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return choices;
        });
    }

    List<Placement> placements(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT contribution_id, theme_id, proposal_id, placed_by FROM theme_placement WHERE consultation_id = ?""", statement -> {
            statement.setLong(1, consultationId);
            List<Placement> placements = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    placements.add(new Placement(rows.getLong(1), key(rows), rows.getString(4)));
                }
            }
            return placements;
        });
    }

    Optional<Placement> placement(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT contribution_id, theme_id, proposal_id, placed_by FROM theme_placement WHERE contribution_id = ?",
                statement -> {
                    statement.setLong(1, contributionId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Placement(rows.getLong(1), key(rows), rows.getString(4)))
                                : Optional.empty();
                    }
                });
    }

    Optional<Long> consultationOf(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT consultation_id FROM theme_placement WHERE contribution_id = ?", statement -> {
                    statement.setLong(1, contributionId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                    }
                });
    }

    private static ThemeKey key(ResultSet rows) throws SQLException {
        long theme = rows.getLong(2);
        if (!rows.wasNull()) {
            return ThemeKey.council(theme);
        }
        long proposal = rows.getLong(3);
        return rows.wasNull() ? ThemeKey.OTHER : ThemeKey.proposed(proposal);
    }

    /** Forgets what a run may change (the engine's and the contributors' placements); moderators' moves stay. */
    void deleteRePlaceable(long consultationId) {
        jdbc.prepareStatement(
                "DELETE FROM theme_placement WHERE consultation_id = ? AND placed_by <> 'MODERATOR'", statement -> {
                    statement.setLong(1, consultationId);
                    return statement.executeUpdate();
                });
    }

    /** Writes placements of one consultation in batches; a contribution already placed is placed again. */
    void place(long consultationId, List<Placement> placements, Instant at, @Nullable Long movedBy) {
        if (placements.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO theme_placement (contribution_id, consultation_id, theme_id, proposal_id, placed_by, placed_at, moved_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (contribution_id) DO UPDATE SET theme_id = excluded.theme_id, proposal_id = excluded.proposal_id,
                  placed_by = excluded.placed_by, placed_at = excluded.placed_at, moved_by = excluded.moved_by""", statement -> {
            int pending = 0;
            for (Placement placement : placements) {
                bind(statement, consultationId, placement, at, movedBy);
                statement.addBatch();
                if (++pending == 1000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
            return placements.size();
        });
    }

    private static void bind(
            PreparedStatement statement, long consultationId, Placement placement, Instant at, @Nullable Long movedBy)
            throws SQLException {
        statement.setLong(1, placement.contributionId());
        statement.setLong(2, consultationId);
        statement.setObject(3, placement.theme().councilThemeId());
        statement.setObject(4, placement.theme().proposalId());
        statement.setString(5, placement.placedBy());
        statement.setTimestamp(6, Timestamp.from(at));
        statement.setObject(7, "MODERATOR".equals(placement.placedBy()) ? movedBy : null);
    }

    /** A theme the engine proposed: its id, label and position. */
    record Proposal(long id, String label, int position) {}

    List<Proposal> proposals(long consultationId) {
        return jdbc.prepareStatement(
                "SELECT id, label, position FROM theme_proposal WHERE consultation_id = ? ORDER BY position, id",
                statement -> {
                    statement.setLong(1, consultationId);
                    List<Proposal> proposals = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            proposals.add(new Proposal(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                        }
                    }
                    return proposals;
                });
    }

    /** Removes the proposed themes that no moderator's move names (their other placements go with them). */
    void deleteUnusedProposals(long consultationId) {
        jdbc.prepareStatement("""
                DELETE FROM theme_proposal p WHERE p.consultation_id = ? AND NOT EXISTS (
                  SELECT 1 FROM theme_placement m WHERE m.proposal_id = p.id AND m.placed_by = 'MODERATOR')""", statement -> {
            statement.setLong(1, consultationId);
            return statement.executeUpdate();
        });
    }

    long addProposal(long consultationId, String label, int position, Instant at) {
        return jdbc.prepareStatement(
                "INSERT INTO theme_proposal (consultation_id, label, position, computed_at) VALUES (?, ?, ?, ?) RETURNING id",
                statement -> {
                    statement.setLong(1, consultationId);
                    statement.setString(2, label);
                    statement.setInt(3, position);
                    statement.setTimestamp(4, Timestamp.from(at));
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    /** A public contribution's place in the themes, with what a theme page lists. */
    record Row(
            long contributionId, String title, ThemeKey theme, String placedBy, String communeInsee, String origin) {}

    /** Every placed contribution of the consultation (visibility is for the caller to ask contribution). */
    List<Row> rows(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT p.contribution_id, c.title, p.theme_id, p.proposal_id, p.placed_by, c.commune_insee, c.origin
                FROM theme_placement p JOIN contribution c ON c.id = p.contribution_id
                WHERE p.consultation_id = ? ORDER BY p.contribution_id""", statement -> {
            statement.setLong(1, consultationId);
            List<Row> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long theme = rows.getLong(3);
                    ThemeKey key;
                    if (!rows.wasNull()) {
                        key = ThemeKey.council(theme);
                    } else {
                        long proposal = rows.getLong(4);
                        key = rows.wasNull() ? ThemeKey.OTHER : ThemeKey.proposed(proposal);
                    }
                    result.add(new Row(
                            rows.getLong(1),
                            rows.getString(2),
                            key,
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7)));
                }
            }
            return result;
        });
    }

    /** The public, published contributions of a consultation that no placement holds yet, oldest first. */
    List<Long> unplaced(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT c.id FROM contribution c WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden
                AND NOT EXISTS (SELECT 1 FROM theme_placement p WHERE p.contribution_id = c.id) ORDER BY c.id""", statement -> {
            statement.setLong(1, consultationId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The consultations where themes were computed and public contributions wait for a place. */
    List<Long> consultationsWithUnplaced() {
        return jdbc.prepareStatement("""
                SELECT DISTINCT c.consultation_id FROM contribution c
                WHERE c.status = 'PUBLISHED' AND NOT c.hidden
                AND EXISTS (SELECT 1 FROM theme_placement q WHERE q.consultation_id = c.consultation_id)
                AND NOT EXISTS (SELECT 1 FROM theme_placement p WHERE p.contribution_id = c.id)""", statement -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
