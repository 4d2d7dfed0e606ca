package fr.convergences.contribution;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The plain-SQL side of contributions: themes, the counters kept by triggers, and revisions. */
@Singleton
public class ContributionRecords {

    private final JdbcOperations jdbc;

    ContributionRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceThemes(long contributionId, Set<Long> themeIds) {
        jdbc.prepareStatement("DELETE FROM contribution_theme WHERE contribution_id = ?", statement -> {
            statement.setLong(1, contributionId);
            return statement.executeUpdate();
        });
        for (long themeId : themeIds) {
            jdbc.prepareStatement("INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)", statement -> {
                statement.setLong(1, contributionId);
                statement.setLong(2, themeId);
                return statement.executeUpdate();
            });
        }
    }

    List<Long> themeIds(long contributionId) {
        return jdbc.prepareStatement("SELECT theme_id FROM contribution_theme WHERE contribution_id = ? ORDER BY theme_id", statement -> {
            statement.setLong(1, contributionId);
            List<Long> ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Supports and comments, locking the row so that an edit and a first support cannot cross. */
    int[] countsForUpdate(long contributionId) {
        return jdbc.prepareStatement("SELECT support_count, comment_count FROM contribution WHERE id = ? FOR UPDATE", statement -> {
            statement.setLong(1, contributionId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? new int[] {rows.getInt(1), rows.getInt(2)} : new int[] {0, 0};
            }
        });
    }

    int[] counts(long contributionId) {
        return jdbc.prepareStatement("SELECT support_count, comment_count FROM contribution WHERE id = ?", statement -> {
            statement.setLong(1, contributionId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? new int[] {rows.getInt(1), rows.getInt(2)} : new int[] {0, 0};
            }
        });
    }

    void addRevision(Contribution replaced, Timestamp replacedAt) {
        jdbc.prepareStatement("""
                INSERT INTO contribution_revision (contribution_id, number, title, body, replaced_at)
                SELECT ?, coalesce(max(number), 0) + 1, ?, ?, ? FROM contribution_revision WHERE contribution_id = ?""", statement -> {
            statement.setLong(1, replaced.id());
            statement.setString(2, replaced.title());
            statement.setString(3, replaced.body());
            statement.setTimestamp(4, replacedAt);
            statement.setLong(5, replaced.id());
            return statement.executeUpdate();
        });
    }

    List<Revision> revisions(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT number, title, body, replaced_at FROM contribution_revision WHERE contribution_id = ? ORDER BY number""", statement -> {
            statement.setLong(1, contributionId);
            List<Revision> revisions = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new Revision(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4).toInstant()));
                }
            }
            return revisions;
        });
    }

    void deleteDraft(long contributionId) {
        replaceThemes(contributionId, Set.of());
        jdbc.prepareStatement("DELETE FROM contribution WHERE id = ? AND status = 'DRAFT'", statement -> {
            statement.setLong(1, contributionId);
            return statement.executeUpdate();
        });
    }
}
