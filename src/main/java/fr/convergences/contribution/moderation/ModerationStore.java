package fr.convergences.contribution.moderation;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Moderation's hand-written SQL: reports on contributions and comments (one per person, kept after dismissal), the
 * texts a redaction rewrites, and the copies of a redacted passage that other tables keep. Always in the caller's
 * transaction, after its permission check.
 */
@Singleton
public class ModerationStore {

    private final Sql sql;

    ModerationStore(Sql sql) {
        this.sql = sql;
    }

    /** Whether the report was recorded: false when this person had already reported the contribution. */
    boolean addReport(long contributionId, long reporterId, String reason, Instant at) {
        return sql.update("""
                INSERT INTO contribution_report (contribution_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", contributionId, reporterId, reason, at) > 0;
    }

    long reportCount(long contributionId) {
        return sql.count("SELECT count(*) FROM contribution_report WHERE contribution_id = ?", contributionId);
    }

    /** Pending reports from accounts old enough (created before the instant) and with a confirmed address. */
    long establishedReporters(long contributionId, Instant createdBefore) {
        return sql.count("""
                SELECT count(*) FROM contribution_report r JOIN account a ON a.id = r.reporter_id
                WHERE r.contribution_id = ? AND r.dismissed_at IS NULL AND a.email_confirmed_at IS NOT NULL AND a.created_at < ?""", contributionId, createdBefore);
    }

    /** The reporters whose pending reports were dismissed (none when nothing was pending). */
    List<Long> dismissReports(long contributionId, long moderatorId, String reason, Instant at) {
        return sql.list("""
                UPDATE contribution_report SET dismissed_at = ?, dismissed_by = ?, dismissal_reason = ?
                WHERE contribution_id = ? AND dismissed_at IS NULL RETURNING reporter_id""", row -> row.getLong(1), at, moderatorId, reason, contributionId);
    }

    /** The reporters whose pending reports on the comment were dismissed (none when nothing was pending). */
    public List<Long> dismissCommentReports(long commentId, long moderatorId, String reason, Instant at) {
        return sql.list("""
                UPDATE comment_report SET dismissed_at = ?, dismissed_by = ?, dismissal_reason = ?
                WHERE comment_id = ? AND dismissed_at IS NULL RETURNING reporter_id""", row -> row.getLong(1), at, moderatorId, reason, commentId);
    }

    /** The reasons of the pending reports on a contribution's comments, by comment, oldest first. */
    public Map<Long, List<String>> pendingCommentReasons(long contributionId) {
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        sql.list("""
                SELECT r.comment_id, r.reason FROM comment_report r JOIN contribution_comment m ON m.id = r.comment_id
                WHERE m.contribution_id = ? AND r.dismissed_at IS NULL ORDER BY r.created_at, r.reporter_id""", row -> Map.entry(row.getLong(1), row.getString(2)), contributionId)
                .forEach(entry -> reasons.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return reasons;
    }

    record Report(String reason, Instant at) {}

    /** The pending reports, oldest first. */
    List<Report> pendingReports(long contributionId) {
        return sql.list(
                """
                SELECT reason, created_at FROM contribution_report WHERE contribution_id = ? AND dismissed_at IS NULL
                ORDER BY created_at""", row -> new Report(row.getString(1), row.getTimestamp(2).toInstant()), contributionId);
    }

    /** Whether the report was recorded: false when this person had already reported the comment. */
    public boolean addCommentReport(long commentId, long reporterId, String reason, Instant at) {
        return sql.update("""
                INSERT INTO comment_report (comment_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", commentId, reporterId, reason, at) > 0;
    }

    public long commentReportCount(long commentId) {
        return sql.count("SELECT count(*) FROM comment_report WHERE comment_id = ?", commentId);
    }

    List<TextRedaction.Revision> revisions(long contributionId) {
        return sql.list(
                "SELECT number, title, body FROM contribution_revision WHERE contribution_id = ? ORDER BY number",
                row -> new TextRedaction.Revision(row.getInt(1), row.getString(2), row.getString(3)),
                contributionId);
    }

    List<TextRedaction.Addendum> addenda(long contributionId) {
        return sql.list(
                "SELECT id, body FROM contribution_addendum WHERE contribution_id = ? ORDER BY id",
                row -> new TextRedaction.Addendum(row.getLong(1), row.getString(2)),
                contributionId);
    }

    void rewriteRevision(long contributionId, int number, String title, String body) {
        sql.update(
                "UPDATE contribution_revision SET title = ?, body = ? WHERE contribution_id = ? AND number = ?",
                title,
                body,
                contributionId,
                number);
    }

    void rewriteAddendum(long addendumId, String body) {
        sql.update("UPDATE contribution_addendum SET body = ? WHERE id = ?", body, addendumId);
    }

    /**
     * Wipes the passage from what other tables copied or quoted of the content: reports' reasons, the reasons of
     * earlier decisions and the texts of appeals about it, and (for a contribution) the notifications that carry its
     * title. The audit log is append-only and never receives a content's text, so it needs no wiping.
     */
    void wipeCopies(Redaction redaction, long contributionId, @Nullable Long commentId) {
        String p = redaction.passage();
        String m = Redaction.MARKER;
        if (commentId == null) {
            sql.update(
                    "UPDATE contribution_report SET reason = replace(reason, ?, ?) WHERE contribution_id = ? AND strpos(reason, ?) > 0",
                    p,
                    m,
                    contributionId,
                    p);
            // The text as written, kept where personal data was masked, must not keep what a moderator erased.
            sql.update("""
                    UPDATE contribution_original_text SET title = replace(title, ?, ?), body = replace(body, ?, ?)
                    WHERE contribution_id = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0)""", p, m, p, m, contributionId, p, p);
            sql.update("""
                    UPDATE notification SET title = replace(title, ?, ?), body = replace(body, ?, ?)
                    WHERE link = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0)""", p, m, p, m, "/contributions/" + contributionId, p, p);
            sql.update("""
                    UPDATE moderation_decision SET reason = replace(reason, ?, ?)
                    WHERE contribution_id = ? AND comment_id IS NULL AND strpos(reason, ?) > 0""", p, m, contributionId, p);
            sql.update("""
                    UPDATE moderation_appeal SET text = replace(text, ?, ?), outcome_reason = replace(outcome_reason, ?, ?),
                    version = version + 1
                    WHERE decision_id IN (SELECT id FROM moderation_decision WHERE contribution_id = ? AND comment_id IS NULL)
                    AND (strpos(text, ?) > 0 OR strpos(outcome_reason, ?) > 0)""", p, m, p, m, contributionId, p, p);
        } else {
            sql.update(
                    "UPDATE comment_report SET reason = replace(reason, ?, ?) WHERE comment_id = ? AND strpos(reason, ?) > 0",
                    p,
                    m,
                    commentId,
                    p);
            sql.update(
                    "UPDATE moderation_decision SET reason = replace(reason, ?, ?) WHERE comment_id = ? AND strpos(reason, ?) > 0",
                    p,
                    m,
                    commentId,
                    p);
            sql.update("""
                    UPDATE moderation_appeal SET text = replace(text, ?, ?), outcome_reason = replace(outcome_reason, ?, ?),
                    version = version + 1
                    WHERE decision_id IN (SELECT id FROM moderation_decision WHERE comment_id = ?)
                    AND (strpos(text, ?) > 0 OR strpos(outcome_reason, ?) > 0)""", p, m, p, m, commentId, p, p);
        }
    }
}
