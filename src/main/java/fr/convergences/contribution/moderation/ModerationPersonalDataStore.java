package fr.convergences.contribution.moderation;

import fr.convergences.base.database.Sql;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation part of a person's data download (GDPR article 20): the reports they made, the appeals they wrote
 * and their outcome, and the suspensions that concerned them.
 */
@Singleton
class ModerationPersonalDataStore implements PersonalDataSection {

    private final Sql sql;

    ModerationPersonalDataStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "moderation";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("contributionReports", rows("""
                SELECT contribution_id AS "contribution", reason, created_at::text AS "createdAt",
                       dismissed_at::text AS "dismissedAt", dismissal_reason AS "dismissalReason"
                FROM contribution_report WHERE reporter_id = ? ORDER BY created_at""", accountId));
        export.put("commentReports", rows("""
                SELECT comment_id AS "comment", reason, created_at::text AS "createdAt",
                       dismissed_at::text AS "dismissedAt", dismissal_reason AS "dismissalReason"
                FROM comment_report WHERE reporter_id = ? ORDER BY created_at""", accountId));
        export.put("appeals", rows("""
                SELECT decision_id AS "decision", text, created_at::text AS "createdAt", outcome, outcome_reason AS "outcomeReason",
                       decided_at::text AS "decidedAt"
                FROM moderation_appeal WHERE appellant_id = ? ORDER BY created_at""", accountId));
        export.put("suspensions", rows("""
                SELECT council_id AS "council", reason, starts_at::text AS "startsAt", last_day::text AS "lastDay",
                       lifted_at::text AS "liftedAt", lift_reason AS "liftReason"
                FROM council_suspension WHERE account_id = ? ORDER BY starts_at""", accountId));
        return export;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return this.sql.maps(sql, accountId);
    }
}
