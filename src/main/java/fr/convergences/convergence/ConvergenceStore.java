package fr.convergences.convergence;

import fr.convergences.convergence.engine.Document;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plain-SQL side of convergences: the engine's input, members, the diversity figures, dismissed groups. */
@Singleton
class ConvergenceStore {

    private final JdbcOperations jdbc;

    ConvergenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The public, published contributions of a consultation as the engine sees them, but those listed. The source is
     * the organisation spoken for, else the author's account; contributions collected offline or imported have none,
     * so each counts as a source of its own.
     */
    List<Document> documents(long consultationId, Set<Long> excluded) {
        return jdbc.prepareStatement("""
                SELECT c.id, c.title, c.body, c.organisation_id, c.author_account_id, t.code
                FROM contribution c JOIN consultation k ON k.id = c.consultation_id JOIN council o ON o.id = k.council_id
                JOIN territory t ON t.id = o.territory_id
                WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden ORDER BY c.id""", statement -> {
            statement.setLong(1, consultationId);
            List<Document> documents = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (excluded.contains(rows.getLong(1))) {
                        continue;
                    }
                    long organisation = rows.getLong(4);
                    String source = !rows.wasNull() ? "organisation:" + organisation : rows.getObject(5) != null ? "account:" + rows.getLong(5) : null;
                    documents.add(new Document(String.valueOf(rows.getLong(1)), rows.getString(2), rows.getString(3), source, rows.getString(6)));
                }
            }
            return documents;
        });
    }

    void replaceMembers(long convergenceId, List<Long> contributionIds) {
        update("DELETE FROM convergence_member WHERE convergence_id = ?", convergenceId);
        int rank = 1;
        for (long contributionId : contributionIds) {
            int position = rank++;
            jdbc.prepareStatement("INSERT INTO convergence_member (convergence_id, contribution_id, rank) VALUES (?, ?, ?)", statement -> {
                statement.setLong(1, convergenceId);
                statement.setLong(2, contributionId);
                statement.setInt(3, position);
                return statement.executeUpdate();
            });
        }
    }

    /** Members' ids and titles, most representative first. */
    List<Member> memberTitles(long convergenceId) {
        return jdbc.prepareStatement("""
                SELECT c.id, c.title FROM convergence_member m JOIN contribution c ON c.id = m.contribution_id
                WHERE m.convergence_id = ? ORDER BY m.rank""", statement -> {
            statement.setLong(1, convergenceId);
            List<Member> members = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(new Member(rows.getLong(1), rows.getString(2)));
                }
            }
            return members;
        });
    }

    record Member(long contributionId, String title) {
    }

    /** Members, most representative first. */
    List<Long> members(long convergenceId) {
        return jdbc.prepareStatement("SELECT contribution_id FROM convergence_member WHERE convergence_id = ? ORDER BY rank", statement -> {
            statement.setLong(1, convergenceId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The members of the consultation's convergences of one status. */
    Set<Long> membersWithStatus(long consultationId, ConvergenceStatus status) {
        return jdbc.prepareStatement("""
                SELECT m.contribution_id FROM convergence_member m JOIN convergence v ON v.id = m.convergence_id
                WHERE v.consultation_id = ? AND v.status = ?""", statement -> {
            statement.setLong(1, consultationId);
            statement.setString(2, status.name());
            Set<Long> ids = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    /** Counts distinct sources, organisations, colleges (of authors holding a mandate in the council) and communes. */
    void refreshFigures(long convergenceId) {
        update("""
                UPDATE convergence v SET
                  sources = f.sources, organisations = f.organisations, colleges = f.colleges, communes = f.communes
                FROM (SELECT count(DISTINCT coalesce('o' || c.organisation_id, 'a' || c.author_account_id, 'c' || c.id)) AS sources,
                             count(DISTINCT coalesce(c.organisation_id, med.organisation_id)) AS organisations,
                             count(DISTINCT md.college_id) AS colleges,
                             count(DISTINCT c.commune_insee) AS communes
                      FROM convergence_member m JOIN contribution c ON c.id = m.contribution_id
                      JOIN consultation k ON k.id = c.consultation_id
                      LEFT JOIN contribution_mediation med ON med.contribution_id = c.id
                      LEFT JOIN mandate md ON md.account_id = c.author_account_id AND md.council_id = k.council_id AND md.status = 'ACTIVE'
                      WHERE m.convergence_id = ?) f
                WHERE v.id = ?""", convergenceId, convergenceId);
    }

    void dismiss(long convergenceId) {
        update("""
                UPDATE convergence SET dismissed_members = (SELECT array_agg(contribution_id) FROM convergence_member WHERE convergence_id = ?)
                WHERE id = ?""", convergenceId, convergenceId);
        update("DELETE FROM convergence_member WHERE convergence_id = ?", convergenceId);
    }

    /** The former members of each dismissed convergence of the consultation. */
    List<Set<Long>> dismissedGroups(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT dismissed_members FROM convergence WHERE consultation_id = ? AND status = 'DISMISSED' AND dismissed_members IS NOT NULL""",
                statement -> {
                    statement.setLong(1, consultationId);
                    List<Set<Long>> groups = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            groups.add(ids(rows.getArray(1)));
                        }
                    }
                    return groups;
                });
    }

    void deleteProposed(long consultationId) {
        update("DELETE FROM convergence WHERE consultation_id = ? AND status = 'PROPOSED'", consultationId);
    }

    /** The live convergence a contribution belongs to: its id, label and status. */
    Optional<Belonging> convergenceOf(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT v.id, v.label, v.status, v.consultation_id FROM convergence_member m JOIN convergence v ON v.id = m.convergence_id
                WHERE m.contribution_id = ?""", statement -> {
            statement.setLong(1, contributionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Belonging(rows.getLong(1), rows.getString(2), ConvergenceStatus.valueOf(rows.getString(3)),
                        rows.getLong(4))) : Optional.empty();
            }
        });
    }

    record Belonging(long convergenceId, String label, ConvergenceStatus status, long consultationId) {
    }

    /** The first members of a convergence with what is needed to quote them and say where they come from, without names. */
    List<Quote> quotes(long convergenceId, int limit) {
        return jdbc.prepareStatement("""
                SELECT c.id, c.title, c.body, c.origin, o.name, coalesce(mo.name, med.place), cm.name, c.commune_insee
                FROM convergence_member m JOIN contribution c ON c.id = m.contribution_id
                LEFT JOIN organisation o ON o.id = c.organisation_id
                LEFT JOIN contribution_mediation med ON med.contribution_id = c.id
                LEFT JOIN organisation mo ON mo.id = med.organisation_id
                LEFT JOIN commune cm ON cm.insee_code = c.commune_insee
                WHERE m.convergence_id = ? ORDER BY m.rank LIMIT ?""", statement -> {
            statement.setLong(1, convergenceId);
            statement.setInt(2, limit);
            List<Quote> quotes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    quotes.add(new Quote(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7) != null ? rows.getString(7) : rows.getString(8)));
                }
            }
            return quotes;
        });
    }

    /** A member as quoted: origin (ONLINE, MEDIATED…), the organisation spoken for, where it was collected, the commune. */
    record Quote(long contributionId, String title, String body, String origin, String organisation, String collectedAt, String commune) {
    }

    /** The theme most members of the convergence carry, for grouping the synthesis by theme. */
    Optional<String> mainTheme(long convergenceId) {
        return jdbc.prepareStatement("""
                SELECT t.name FROM convergence_member m JOIN contribution_theme ct ON ct.contribution_id = m.contribution_id
                JOIN theme t ON t.id = ct.theme_id WHERE m.convergence_id = ?
                GROUP BY t.name, t.position ORDER BY count(*) DESC, t.position LIMIT 1""", statement -> {
            statement.setLong(1, convergenceId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        });
    }

    private void update(String sql, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    private static Set<Long> ids(Array array) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (Object value : (Object[]) array.getArray()) {
            ids.add(((Number) value).longValue());
        }
        return ids;
    }
}
