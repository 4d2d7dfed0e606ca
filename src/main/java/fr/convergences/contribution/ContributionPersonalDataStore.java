package fr.convergences.contribution;

import fr.convergences.base.database.Sql;
import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person said on the platform, in their data download (GDPR articles 15 and 20): their contributions with every
 * replaced version, their addenda, the answer they got and the text as they wrote it where personal data was masked
 * in public; their drafts; their supports and comments; and the contributions they collected for others (mediation),
 * with what they recorded about those people. Reports are in the moderation section, registrations in the debates one.
 */
@Singleton
class ContributionPersonalDataStore implements PersonalDataSection {

    private static final String CONTRIBUTIONS = """
            SELECT c.id AS "contribution", k.title AS "consultation", c.kind, c.status, c.title, c.body, c.commune_insee AS "commune",
                   c.created_at::text AS "createdAt", c.published_at::text AS "publishedAt", c.edited_at::text AS "editedAt",
                   c.withdrawn_at::text AS "withdrawnAt", c.hidden, c.hidden_reason AS "hiddenReason", c.support_count AS "supports",
                   o.title AS "titleAsWritten", o.body AS "textAsWritten", o.kinds AS "maskedInPublic",
                   a.status AS "answerStatus", a.text AS "answer", a.answered_at::text AS "answeredAt"
            FROM contribution c JOIN consultation k ON k.id = c.consultation_id
            LEFT JOIN contribution_original_text o ON o.contribution_id = c.id
            LEFT JOIN contribution_answer a ON a.contribution_id = c.id
            WHERE c.author_account_id = ? AND c.status %s 'DRAFT' ORDER BY c.created_at, c.id""";

    private final Sql sql;

    ContributionPersonalDataStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "contributions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        List<Map<String, Object>> contributions = rows(CONTRIBUTIONS.formatted("<>"), accountId);
        Map<Long, List<Map<String, Object>>> versions = byContribution(rows("""
                SELECT r.contribution_id, r.number, r.title, r.body, r.replaced_at::text AS "replacedAt" FROM contribution_revision r
                JOIN contribution c ON c.id = r.contribution_id WHERE c.author_account_id = ? ORDER BY r.contribution_id, r.number""", accountId));
        Map<Long, List<Map<String, Object>>> addenda = byContribution(rows("""
                SELECT d.contribution_id, d.body, d.created_at::text AS "createdAt" FROM contribution_addendum d
                JOIN contribution c ON c.id = d.contribution_id WHERE c.author_account_id = ? ORDER BY d.contribution_id, d.created_at""", accountId));
        for (Map<String, Object> contribution : contributions) {
            Long id = (Long) contribution.get("contribution");
            contribution.put("earlierVersions", versions.getOrDefault(id, List.of()));
            contribution.put("addenda", addenda.getOrDefault(id, List.of()));
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("published", contributions);
        export.put("drafts", rows(CONTRIBUTIONS.formatted("="), accountId));
        export.put("supports", rows("""
                SELECT s.contribution_id AS "contribution", c.title, s.created_at::text AS "supportedAt" FROM contribution_support s
                JOIN contribution c ON c.id = s.contribution_id WHERE s.account_id = ? ORDER BY s.created_at""", accountId));
        export.put("comments", rows("""
                SELECT m.id AS "comment", m.contribution_id AS "contribution", m.stance, m.body, m.created_at::text AS "createdAt",
                       m.hidden, m.hidden_reason AS "hiddenReason"
                FROM contribution_comment m WHERE m.author_account_id = ? ORDER BY m.created_at""", accountId));
        export.put("mediationsCollected", rows("""
                SELECT d.contribution_id AS "contribution", c.title, d.place, d.participant_name AS "participantName",
                       d.participant_age_band AS "participantAgeBand", d.consent_recorded_at::text AS "consentRecordedAt"
                FROM contribution_mediation d JOIN contribution c ON c.id = d.contribution_id
                WHERE d.collected_by = ? ORDER BY d.consent_recorded_at""", accountId));
        return export;
    }

    /** The texts as written hold personal data of a person who is leaving: only the masked public text stays. */
    @EventListener
    @Transactional
    void onAccountDeleted(AccountDeletedEvent event) {
        sql.update("""
                DELETE FROM contribution_original_text o USING contribution c
                WHERE o.contribution_id = c.id AND c.author_account_id = ?""", event.accountId());
    }

    private static Map<Long, List<Map<String, Object>>> byContribution(List<Map<String, Object>> rows) {
        Map<Long, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Long id = (Long) row.remove("contribution_id");
            grouped.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return this.sql.maps(sql, accountId);
    }
}
