package fr.convergences.contribution.discussion;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Supports' hand-written SQL: one support per person and contribution, by a unique key. */
@Singleton
class DiscussionStore {

    private final Sql sql;

    DiscussionStore(Sql sql) {
        this.sql = sql;
    }

    /** Whether the support was recorded: false when this person already supports the contribution. */
    boolean addSupport(long contributionId, long accountId, Instant at) {
        return sql.update("""
                INSERT INTO contribution_support (contribution_id, account_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", contributionId, accountId, at) > 0;
    }

    void removeSupport(long contributionId, long accountId) {
        sql.update(
                "DELETE FROM contribution_support WHERE contribution_id = ? AND account_id = ?",
                contributionId,
                accountId);
    }

    long supportCount(long contributionId) {
        return sql.count("SELECT count(*) FROM contribution_support WHERE contribution_id = ?", contributionId);
    }

    boolean supports(long contributionId, long accountId) {
        return sql.count(
                        "SELECT count(*) FROM contribution_support WHERE contribution_id = ? AND account_id = ?",
                        contributionId,
                        accountId)
                > 0;
    }

    /** For and against stances of the visible comments on these contributions, with their author's account. */
    java.util.List<DiscussionService.CommentStance> stancesOn(java.util.Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return java.util.List.of();
        }
        return sql.list(
                """
                SELECT contribution_id, author_account_id, stance FROM contribution_comment
                WHERE contribution_id = ANY (?) AND NOT hidden AND stance <> 'NEUTRAL' AND author_account_id IS NOT NULL
                ORDER BY id""",
                row -> new DiscussionService.CommentStance(
                        row.getLong(1), row.getLong(2), fr.convergences.contribution.Stance.valueOf(row.getString(3))),
                (Object) contributionIds.toArray(Long[]::new));
    }
}
