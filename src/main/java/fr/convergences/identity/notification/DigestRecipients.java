package fr.convergences.identity.notification;

import fr.convergences.base.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.List;

/**
 * Who has a digest waiting, and in which time zone their morning is: the zone of the territory of their commune, else
 * of a council where they hold a role or a mandate, else Paris. A resident of La Réunion gets the digest at 7:00 in
 * Saint-Denis, not at 7:00 in Paris (10:00 there).
 */
@Singleton
class DigestRecipients {

    /** A person with pending digest items, and the time zone of their territory. */
    record Recipient(long accountId, ZoneId zone) {
    }

    private final Sql sql;

    DigestRecipients(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<Recipient> pending() {
        return sql.list("""
                SELECT p.account_id, COALESCE(
                         (SELECT t.time_zone FROM account a JOIN commune c ON c.insee_code = a.commune_insee
                            JOIN territory t ON t.id = c.territory_id WHERE a.id = p.account_id),
                         (SELECT t.time_zone FROM council_role r JOIN council k ON k.id = r.council_id
                            JOIN territory t ON t.id = k.territory_id WHERE r.account_id = p.account_id ORDER BY r.id LIMIT 1),
                         (SELECT t.time_zone FROM mandate m JOIN council k ON k.id = m.council_id
                            JOIN territory t ON t.id = k.territory_id WHERE m.account_id = p.account_id ORDER BY m.id LIMIT 1),
                         'Europe/Paris')
                FROM (SELECT DISTINCT account_id FROM notification WHERE digest_pending) p
                """, row -> new Recipient(row.getLong(1), zone(row.getString(2))));
    }

    private static ZoneId zone(String id) {
        // A zone the JVM does not know (a typo in an imported territory) must not stop everyone's digest.
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return DigestSchedule.PARIS;
        }
    }
}
