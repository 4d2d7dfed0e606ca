package fr.convergences.contribution.moderation;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The moderation queue's reads: what waits for a council's moderators, across reports, hidden texts and appeals. Called
 * by {@link ModerationQueue} after its permission check, in its read-only transaction.
 */
@Singleton
class ModerationQueueStore {

    private final Sql sql;

    ModerationQueueStore(Sql sql) {
        this.sql = sql;
    }

    List<ModerationQueue.ModeratedCouncil> moderatedCouncils(long accountId) {
        return sql.list(
                """
                SELECT c.slug, c.name FROM council_role r JOIN council c ON c.id = r.council_id
                WHERE r.account_id = ? AND r.role = 'MODERATOR' ORDER BY c.name""", rows -> new ModerationQueue.ModeratedCouncil(rows.getString(1), rows.getString(2)), accountId);
    }

    List<ModerationQueue.Item> contributions(long councilId) {
        return sql.list("""
                SELECT c.id, NULL::bigint, c.title, c.hidden, count(r.reporter_id), c.author_account_id, a.display_name,
                       array_remove(array_agg(r.reason ORDER BY r.created_at), NULL) FROM contribution c
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN account a ON a.id = c.author_account_id
                LEFT JOIN contribution_report r ON r.contribution_id = c.id AND r.dismissed_at IS NULL
                WHERE k.council_id = ? GROUP BY c.id, a.id
                HAVING c.hidden OR count(r.reporter_id) > 0 ORDER BY count(r.reporter_id) DESC, c.id""", ModerationQueueStore::item, councilId);
    }

    List<ModerationQueue.Item> comments(long councilId) {
        return sql.list("""
                SELECT m.contribution_id, m.id, m.body, m.hidden, count(r.reporter_id), m.author_account_id, a.display_name,
                       array_remove(array_agg(r.reason ORDER BY r.created_at), NULL)
                FROM contribution_comment m
                JOIN contribution c ON c.id = m.contribution_id
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN account a ON a.id = m.author_account_id
                LEFT JOIN comment_report r ON r.comment_id = m.id AND r.dismissed_at IS NULL
                WHERE k.council_id = ? GROUP BY m.id, a.id
                HAVING m.hidden OR count(r.reporter_id) > 0 ORDER BY count(r.reporter_id) DESC, m.id""", ModerationQueueStore::item, councilId);
    }

    List<ModerationQueue.PendingAppeal> appeals(long councilId) {
        return sql.list(
                """
                SELECT p.id, p.text, (p.created_at AT TIME ZONE t.time_zone)::date, a.display_name, d.kind, d.reason, d.moderator_id IS NULL, d.contribution_id,
                       d.comment_id, coalesce(m.body, c.title)
                FROM moderation_appeal p
                JOIN moderation_decision d ON d.id = p.decision_id
                JOIN contribution c ON c.id = d.contribution_id
                JOIN council o ON o.id = d.council_id
                JOIN territory t ON t.id = o.territory_id
                LEFT JOIN contribution_comment m ON m.id = d.comment_id
                LEFT JOIN account a ON a.id = p.appellant_id
                WHERE d.council_id = ? AND p.outcome IS NULL ORDER BY p.created_at, p.id""",
                rows -> new ModerationQueue.PendingAppeal(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getObject(3, LocalDate.class),
                        rows.getString(4),
                        ModerationDecision.Kind.valueOf(rows.getString(5)),
                        rows.getString(6),
                        rows.getBoolean(7),
                        rows.getLong(8),
                        rows.getObject(9, Long.class),
                        rows.getString(10)),
                councilId);
    }

    private static ModerationQueue.Item item(ResultSet rows) throws SQLException {
        return new ModerationQueue.Item(
                rows.getLong(1),
                rows.getObject(2, Long.class),
                rows.getString(3),
                rows.getBoolean(4),
                rows.getLong(5),
                rows.getObject(6, Long.class),
                rows.getString(7),
                List.of((String[]) rows.getArray(8).getArray()));
    }
}
