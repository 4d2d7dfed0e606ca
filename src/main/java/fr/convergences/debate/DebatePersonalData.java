package fr.convergences.debate;

import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's debates in their data download (GDPR article 20), and their registrations emptied of their name and
 * e-mail when they delete their account.
 */
@Singleton
class DebatePersonalData implements PersonalDataSection {

    private final DebateRecords sql;

    DebatePersonalData(DebateRecords sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "debates";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("registrations", sql.list("""
                SELECT r.debate_id, d.title, r.status, r.email, r.created_at::text FROM debate_registration r JOIN debate d ON d.id = r.debate_id
                WHERE r.account_id = ? ORDER BY r.created_at""", rows -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("debate", rows.getLong(1));
            row.put("title", rows.getString(2));
            row.put("status", rows.getString(3));
            row.put("email", rows.getString(4));
            row.put("registeredAt", rows.getString(5));
            return row;
        }, accountId));
        export.put("organised", sql.list("SELECT id, title, starts_at::text FROM debate WHERE organiser_account_id = ? ORDER BY starts_at",
                rows -> Map.<String, Object>of("debate", rows.getLong(1), "title", rows.getString(2), "startsAt", rows.getString(3)), accountId));
        return export;
    }

    @EventListener
    @Transactional
    void onAccountDeleted(AccountDeletedEvent event) {
        // The seat stays (the person may still come), held by no one that can be named.
        sql.update("UPDATE debate_registration SET account_id = NULL, name = NULL, email = NULL, phone = NULL WHERE account_id = ?",
                event.accountId());
    }
}
