package fr.convergences.debate;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written SQL of debates' core: themes, agenda items, the contributions captured at them, an organiser's
 * list, and a person's registrations (their data download, their account's deletion). Runs in the caller's transaction.
 */
@Singleton
public class DebateStore {

    private final JdbcOperations jdbc;

    DebateStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void replaceThemes(long debateId, Set<Long> themeIds) {
        update("DELETE FROM debate_theme WHERE debate_id = ?", debateId);
        for (long themeId : themeIds) {
            update("INSERT INTO debate_theme (debate_id, theme_id) VALUES (?, ?)", debateId, themeId);
        }
    }

    void replaceAgenda(long debateId, List<String> items) {
        update("DELETE FROM debate_agenda_item WHERE debate_id = ?", debateId);
        for (int i = 0; i < items.size(); i++) {
            update(
                    "INSERT INTO debate_agenda_item (debate_id, position, title) VALUES (?, ?, ?)",
                    debateId,
                    i + 1,
                    items.get(i));
        }
    }

    List<Long> themeIds(long debateId) {
        return list(
                "SELECT theme_id FROM debate_theme WHERE debate_id = ? ORDER BY theme_id",
                rows -> rows.getLong(1),
                debateId);
    }

    List<String> agenda(long debateId) {
        return list(
                "SELECT title FROM debate_agenda_item WHERE debate_id = ? ORDER BY position",
                rows -> rows.getString(1),
                debateId);
    }

    public void linkContribution(long debateId, long contributionId) {
        update("INSERT INTO debate_contribution (contribution_id, debate_id) VALUES (?, ?)", contributionId, debateId);
    }

    /** The public contributions captured at the debate: id and title, in the order they were entered. */
    List<CapturedContribution> contributions(long debateId) {
        return list(
                """
                SELECT c.id, c.title, c.origin FROM debate_contribution d JOIN contribution c ON c.id = d.contribution_id
                WHERE d.debate_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden ORDER BY c.id""", rows -> new CapturedContribution(rows.getLong(1), rows.getString(2), rows.getString(3)), debateId);
    }

    /** Public contributions of the consultation captured at its debates (the debates' share of the participation). */
    long capturedCount(long consultationId) {
        return list("""
                SELECT count(*) FROM debate_contribution d JOIN contribution c ON c.id = d.contribution_id
                WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden""", rows -> rows.getLong(1), consultationId).getFirst();
    }

    long publicCount(long consultationId) {
        return list(
                        "SELECT count(*) FROM contribution c WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden",
                        rows -> rows.getLong(1),
                        consultationId)
                .getFirst();
    }

    /**
     * The debates a person organises, newest first, with what their space shows: seats taken and waiting, and whether
     * attendance, minutes and captured contributions are recorded yet.
     */
    public List<OrganisedRow> organisedBy(long accountId) {
        return list(
                """
                SELECT d.id, d.title, d.status, d.starts_at, d.ends_at, d.capacity, t.time_zone,
                       (SELECT count(*) FROM debate_registration r WHERE r.debate_id = d.id AND r.status = 'CONFIRMED'),
                       (SELECT count(*) FROM debate_registration r WHERE r.debate_id = d.id AND r.status = 'WAITING'),
                       EXISTS (SELECT 1 FROM debate_attendance a WHERE a.debate_id = d.id), d.minutes IS NOT NULL,
                       (SELECT count(*) FROM debate_contribution x WHERE x.debate_id = d.id)
                FROM debate d JOIN council c ON c.id = d.council_id JOIN territory t ON t.id = c.territory_id
                WHERE d.organiser_account_id = ? ORDER BY d.starts_at DESC, d.id DESC LIMIT 200""",
                rows -> new OrganisedRow(
                        rows.getLong(1),
                        rows.getString(2),
                        DebateStatus.valueOf(rows.getString(3)),
                        rows.getTimestamp(4).toInstant(),
                        rows.getTimestamp(5).toInstant(),
                        rows.getInt(6),
                        java.time.ZoneId.of(rows.getString(7)),
                        rows.getLong(8),
                        rows.getLong(9),
                        rows.getBoolean(10),
                        rows.getBoolean(11),
                        rows.getLong(12)),
                accountId);
    }

    /** A person's registrations, for their personal-data download: debate, title, status, e-mail, when. */
    List<Map<String, Object>> registrationsOf(long accountId) {
        return list(
                """
                SELECT r.debate_id, d.title, r.status, r.email, r.created_at::text FROM debate_registration r JOIN debate d ON d.id = r.debate_id
                WHERE r.account_id = ? ORDER BY r.created_at""",
                rows -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("debate", rows.getLong(1));
                    row.put("title", rows.getString(2));
                    row.put("status", rows.getString(3));
                    row.put("email", rows.getString(4));
                    row.put("registeredAt", rows.getString(5));
                    return row;
                },
                accountId);
    }

    /** The debates a person organises, for their personal-data download. */
    List<Map<String, Object>> organisedForExport(long accountId) {
        return list(
                "SELECT id, title, starts_at::text FROM debate WHERE organiser_account_id = ? ORDER BY starts_at",
                rows -> Map.<String, Object>of(
                        "debate", rows.getLong(1), "title", rows.getString(2), "startsAt", rows.getString(3)),
                accountId);
    }

    /** Empties a deleted account's registrations of its name and contact; the seats stay. */
    void forgetRegistrant(long accountId) {
        update(
                "UPDATE debate_registration SET account_id = NULL, name = NULL, email = NULL, phone = NULL WHERE account_id = ?",
                accountId);
    }

    /** Moves a debate in time without the checks of an edit: for demo data, whose past debate must have taken place. */
    public void moveForDemo(long debateId, java.time.Instant startsAt, java.time.Instant endsAt) {
        update(
                "UPDATE debate SET starts_at = ?, ends_at = ? WHERE id = ?",
                java.sql.Timestamp.from(startsAt),
                java.sql.Timestamp.from(endsAt),
                debateId);
    }

    /** One of an organiser's debates, as their space lists it. */
    public record OrganisedRow(
            long id,
            String title,
            DebateStatus status,
            java.time.Instant startsAt,
            java.time.Instant endsAt,
            int capacity,
            java.time.ZoneId zone,
            long confirmed,
            long waiting,
            boolean attendanceRecorded,
            boolean minutesWritten,
            long captured) {}

    /** A contribution captured at a debate: what the debate page lists. */
    public record CapturedContribution(long id, String title, String origin) {}

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        });
    }

    private int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }
}
