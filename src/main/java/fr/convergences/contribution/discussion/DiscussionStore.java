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
        sql.update("DELETE FROM contribution_support WHERE contribution_id = ? AND account_id = ?", contributionId, accountId);
    }

    long supportCount(long contributionId) {
        return sql.count("SELECT count(*) FROM contribution_support WHERE contribution_id = ?", contributionId);
    }

    boolean supports(long contributionId, long accountId) {
        return sql.count("SELECT count(*) FROM contribution_support WHERE contribution_id = ? AND account_id = ?",
                contributionId, accountId) > 0;
    }
}
