package fr.convergences.convergence;

import fr.convergences.convergence.engine.Document;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plain-SQL side of convergences: the engine's input, members, the diversity figures, dismissed groups. */
@Singleton
public class ConvergenceStore {

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
                SELECT c.id, c.title, c.body, c.organisation_id, c.author_account_id, t.code,
                       (SELECT s.author_key FROM contribution_source s WHERE s.contribution_id = c.id)
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
                    String source = !rows.wasNull()
                            ? "organisation:" + organisation
                            : rows.getObject(5) != null
                                    ? "account:" + rows.getLong(5)
                                    : rows.getString(7) != null ? "imported:" + rows.getString(7) : null;
                    documents.add(new Document(
                            String.valueOf(rows.getLong(1)),
                            rows.getString(2),
                            rows.getString(3),
                            source,
                            rows.getString(6)));
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
            jdbc.prepareStatement(
                    "INSERT INTO convergence_member (convergence_id, contribution_id, rank) VALUES (?, ?, ?)",
                    statement -> {
                        statement.setLong(1, convergenceId);
                        statement.setLong(2, contributionId);
                        statement.setInt(3, position);
                        return statement.executeUpdate();
                    });
        }
    }

    public record Member(long contributionId, String title) {}

    /** Members, most representative first. */
    List<Long> members(long convergenceId) {
        return jdbc.prepareStatement(
                "SELECT contribution_id FROM convergence_member WHERE convergence_id = ? ORDER BY rank", statement -> {
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
                FROM (SELECT count(DISTINCT coalesce('o' || c.organisation_id, 'a' || c.author_account_id,
                                                   'i' || (SELECT s.author_key FROM contribution_source s WHERE s.contribution_id = c.id),
                                                   'c' || c.id)) AS sources,
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

    /** Keeps the former members (in rank order) and the status before, for the next computations and for an undo. */
    void dismiss(long convergenceId, ConvergenceStatus before) {
        update("""
                UPDATE convergence SET dismissed_members = (SELECT array_agg(contribution_id ORDER BY rank) FROM convergence_member
                                                            WHERE convergence_id = ?), dismissed_from = ?
                WHERE id = ?""", convergenceId, before.name(), convergenceId);
        update("DELETE FROM convergence_member WHERE convergence_id = ?", convergenceId);
    }

    /** What a dismissal set aside: the former members, most representative first, and the status before. */
    Optional<Dismissal> dismissal(long convergenceId) {
        return jdbc.prepareStatement("""
                SELECT dismissed_members, dismissed_from FROM convergence WHERE id = ? AND dismissed_members IS NOT NULL
                AND dismissed_from IS NOT NULL""", statement -> {
            statement.setLong(1, convergenceId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<Long> members = new ArrayList<>();
                for (Object value : (Object[]) rows.getArray(1).getArray()) {
                    members.add(((Number) value).longValue());
                }
                return Optional.of(new Dismissal(members, ConvergenceStatus.valueOf(rows.getString(2))));
            }
        });
    }

    record Dismissal(List<Long> members, ConvergenceStatus previous) {}

    void clearDismissal(long convergenceId) {
        update("UPDATE convergence SET dismissed_members = NULL, dismissed_from = NULL WHERE id = ?", convergenceId);
    }

    /** Those of the contributions (kept in order) that no proposed or confirmed convergence holds. */
    List<Long> notInLiveConvergence(List<Long> contributionIds) {
        Set<Long> taken = jdbc.prepareStatement(
                "SELECT contribution_id FROM convergence_member WHERE contribution_id = ANY (?)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", contributionIds.toArray()));
                    Set<Long> ids = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                });
        return contributionIds.stream().filter(id -> !taken.contains(id)).toList();
    }

    /** The former members of each dismissed convergence of the consultation. */
    List<Set<Long>> dismissedGroups(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT dismissed_members FROM convergence WHERE consultation_id = ? AND status = 'DISMISSED' AND dismissed_members IS NOT NULL""", statement -> {
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
                return rows.next()
                        ? Optional.of(new Belonging(
                                rows.getLong(1),
                                rows.getString(2),
                                ConvergenceStatus.valueOf(rows.getString(3)),
                                rows.getLong(4)))
                        : Optional.empty();
            }
        });
    }

    public record Belonging(long convergenceId, String label, ConvergenceStatus status, long consultationId) {}

    /** A member as quoted: origin (ONLINE, MEDIATED…), the organisation spoken for, where it was collected, the commune. */
    public record Quote(
            long contributionId,
            String title,
            String body,
            String origin,
            String organisation,
            String collectedAt,
            String commune) {}

    /**
     * Every member of the consultation's convergences of the given statuses, most representative first, with what
     * quoting and counting them needs: where it comes from (organisation and its kind, collector, commune, origin), its
     * author's account and college in the council (for counting, never shown), and its current text. Read as it is
     * now, so that a redaction shows at once; whether it may be shown is for the caller to ask contribution.
     */
    List<MemberRow> memberRows(long consultationId, List<ConvergenceStatus> statuses) {
        return jdbc.prepareStatement("""
                SELECT m.convergence_id, c.id, c.title, c.body, c.origin, c.organisation_id, o.name, o.kind, coalesce(mo.name, med.place),
                       med.organisation_id, cm.name, c.commune_insee, c.author_account_id,
                       (SELECT min(md.college_id) FROM mandate md WHERE md.account_id = c.author_account_id AND md.council_id = k.council_id
                          AND md.status = 'ACTIVE'),
                       (SELECT s.author_key FROM contribution_source s WHERE s.contribution_id = c.id),
                       (SELECT d.kept_id FROM convergence_duplicate d WHERE d.duplicate_id = c.id)
                FROM convergence v JOIN convergence_member m ON m.convergence_id = v.id JOIN contribution c ON c.id = m.contribution_id
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN organisation o ON o.id = c.organisation_id
                LEFT JOIN contribution_mediation med ON med.contribution_id = c.id
                LEFT JOIN organisation mo ON mo.id = med.organisation_id
                LEFT JOIN commune cm ON cm.insee_code = c.commune_insee
                WHERE v.consultation_id = ? AND v.status = ANY (?) ORDER BY m.convergence_id, m.rank""", statement -> {
            statement.setLong(1, consultationId);
            statement.setArray(
                    2,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "varchar", statuses.stream().map(Enum::name).toArray()));
            List<MemberRow> members = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(new MemberRow(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            (Long) rows.getObject(6, Long.class),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            (Long) rows.getObject(10, Long.class),
                            rows.getString(11),
                            rows.getString(12),
                            (Long) rows.getObject(13, Long.class),
                            (Long) rows.getObject(14, Long.class),
                            rows.getString(15),
                            (Long) rows.getObject(16, Long.class)));
                }
            }
            return members;
        });
    }

    /**
     * Contributions by id as read for quoting and counting (the same columns as {@link #memberRows}, no convergence):
     * what a published synthesis names by id, read as it is now.
     */
    List<MemberRow> rowsOf(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT 0, c.id, c.title, c.body, c.origin, c.organisation_id, o.name, o.kind, coalesce(mo.name, med.place),
                       med.organisation_id, cm.name, c.commune_insee, c.author_account_id,
                       (SELECT min(md.college_id) FROM mandate md WHERE md.account_id = c.author_account_id AND md.council_id = k.council_id
                          AND md.status = 'ACTIVE'),
                       (SELECT s.author_key FROM contribution_source s WHERE s.contribution_id = c.id),
                       (SELECT d.kept_id FROM convergence_duplicate d WHERE d.duplicate_id = c.id)
                FROM contribution c JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN organisation o ON o.id = c.organisation_id
                LEFT JOIN contribution_mediation med ON med.contribution_id = c.id
                LEFT JOIN organisation mo ON mo.id = med.organisation_id
                LEFT JOIN commune cm ON cm.insee_code = c.commune_insee
                WHERE c.id = ANY (?) ORDER BY c.id""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", contributionIds.toArray()));
            List<MemberRow> members = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(new MemberRow(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            (Long) rows.getObject(6, Long.class),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            (Long) rows.getObject(10, Long.class),
                            rows.getString(11),
                            rows.getString(12),
                            (Long) rows.getObject(13, Long.class),
                            (Long) rows.getObject(14, Long.class),
                            rows.getString(15),
                            (Long) rows.getObject(16, Long.class)));
                }
            }
            return members;
        });
    }

    /** A member of a convergence as read for quoting and counting; {@code duplicateOf}: the contribution a moderator merged it into. */
    record MemberRow(
            long convergenceId,
            long contributionId,
            String title,
            String body,
            String origin,
            Long organisationId,
            String organisation,
            String organisationKind,
            String collectedAt,
            Long collectingOrganisationId,
            String commune,
            String communeInsee,
            Long authorAccountId,
            Long collegeId,
            String importedAuthor,
            Long duplicateOf) {

        Quote quote() {
            return new Quote(
                    contributionId,
                    title,
                    body,
                    origin,
                    organisation,
                    collectedAt,
                    commune != null ? commune : communeInsee);
        }

        Member member() {
            return new Member(contributionId, title);
        }
    }

    /** A theme a contributor chose: its name and its place in the consultation's taxonomy. */
    record ChosenTheme(String name, int position) {}

    /** The themes their contributors chose, by contribution: one query for a whole list of convergences. */
    Map<Long, List<ChosenTheme>> chosenThemes(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                SELECT ct.contribution_id, t.name, t.position FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id
                WHERE ct.contribution_id = ANY (?)""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", contributionIds.toArray()));
            Map<Long, List<ChosenTheme>> chosen = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chosen.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new ChosenTheme(rows.getString(2), rows.getInt(3)));
                }
            }
            return chosen;
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
