package fr.convergences.contribution.moderation;

import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What waits for a council's moderators: reported or hidden contributions and comments (most reported first), and
 * pending appeals (oldest first). Moderators see the texts, hidden ones included, and who wrote them.
 */
@Singleton
public class ModerationQueue {

    private final Permissions permissions;
    private final JdbcOperations jdbc;

    public ModerationQueue(Permissions permissions, JdbcOperations jdbc) {
        this.permissions = permissions;
        this.jdbc = jdbc;
    }

    /**
     * A reported or hidden content; the author's name is null for a deleted account, the id null for a collected text.
     * {@code reasons} are the reporters' reasons of the pending reports, oldest first (dismissed ones are left out).
     */
    public record Item(long contributionId, @Nullable Long commentId, String text, boolean hidden, long reports,
                       @Nullable Long authorAccountId, @Nullable String authorName, List<String> reasons) {
    }

    /** {@code filedOn} is the territory's day. */
    public record PendingAppeal(long appealId, String appealText, LocalDate filedOn, @Nullable String appellantName,
                                ModerationDecision.Kind kind, String decisionReason, boolean automatic, long contributionId,
                                @Nullable Long commentId, String subject) {
    }

    /** A council the person moderates, for the menu entry that leads to its queue. */
    public record ModeratedCouncil(String slug, String name) {
    }

    /** The councils whose queue the person may open (none for a visitor), by name. */
    @Transactional(readOnly = true)
    public List<ModeratedCouncil> moderatedCouncils(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT c.slug, c.name FROM council_role r JOIN council c ON c.id = r.council_id
                WHERE r.account_id = ? AND r.role = 'MODERATOR' ORDER BY c.name""", statement -> {
            statement.setLong(1, actor.accountId());
            List<ModeratedCouncil> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new ModeratedCouncil(rows.getString(1), rows.getString(2)));
                }
            }
            return found;
        });
    }

    @Transactional(readOnly = true)
    public List<Item> contributions(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return list("""
                SELECT c.id, NULL::bigint, c.title, c.hidden, count(r.reporter_id), c.author_account_id, a.display_name,
                       array_remove(array_agg(r.reason ORDER BY r.created_at), NULL) FROM contribution c
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN account a ON a.id = c.author_account_id
                LEFT JOIN contribution_report r ON r.contribution_id = c.id AND r.dismissed_at IS NULL
                WHERE k.council_id = ? GROUP BY c.id, a.id
                HAVING c.hidden OR count(r.reporter_id) > 0 ORDER BY count(r.reporter_id) DESC, c.id""", councilId, ModerationQueue::item);
    }

    @Transactional(readOnly = true)
    public List<Item> comments(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return list("""
                SELECT m.contribution_id, m.id, m.body, m.hidden, count(r.reporter_id), m.author_account_id, a.display_name,
                       array_remove(array_agg(r.reason ORDER BY r.created_at), NULL)
                FROM contribution_comment m
                JOIN contribution c ON c.id = m.contribution_id
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN account a ON a.id = m.author_account_id
                LEFT JOIN comment_report r ON r.comment_id = m.id AND r.dismissed_at IS NULL
                WHERE k.council_id = ? GROUP BY m.id, a.id
                HAVING m.hidden OR count(r.reporter_id) > 0 ORDER BY count(r.reporter_id) DESC, m.id""", councilId, ModerationQueue::item);
    }

    @Transactional(readOnly = true)
    public List<PendingAppeal> appeals(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return list("""
                SELECT p.id, p.text, (p.created_at AT TIME ZONE t.time_zone)::date, a.display_name, d.kind, d.reason, d.moderator_id IS NULL, d.contribution_id,
                       d.comment_id, coalesce(m.body, c.title)
                FROM moderation_appeal p
                JOIN moderation_decision d ON d.id = p.decision_id
                JOIN contribution c ON c.id = d.contribution_id
                JOIN council o ON o.id = d.council_id
                JOIN territory t ON t.id = o.territory_id
                LEFT JOIN contribution_comment m ON m.id = d.comment_id
                LEFT JOIN account a ON a.id = p.appellant_id
                WHERE d.council_id = ? AND p.outcome IS NULL ORDER BY p.created_at, p.id""", councilId, rows -> new PendingAppeal(
                rows.getLong(1), rows.getString(2), rows.getObject(3, LocalDate.class), rows.getString(4),
                ModerationDecision.Kind.valueOf(rows.getString(5)), rows.getString(6), rows.getBoolean(7), rows.getLong(8),
                rows.getObject(9, Long.class), rows.getString(10)));
    }

    private static Item item(ResultSet rows) throws SQLException {
        return new Item(rows.getLong(1), rows.getObject(2, Long.class), rows.getString(3), rows.getBoolean(4), rows.getLong(5),
                rows.getObject(6, Long.class), rows.getString(7), List.of((String[]) rows.getArray(8).getArray()));
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> list(String sql, long councilId, Row<T> row) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, councilId);
            List<T> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
            return found;
        });
    }
}
