package fr.convergences.identity.notification;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Who has digest items waiting, with what identity knows of where they live: their commune, their first council role. */
@Singleton
class DigestStore {

    /** A person with pending digest items; the commune and the council of their first role, when they have them. */
    record Pending(
            long accountId,
            @Nullable String communeInsee,
            @Nullable Long roleCouncilId) {}

    private final Sql sql;

    DigestStore(Sql sql) {
        this.sql = sql;
    }

    List<Pending> pending() {
        return sql.list(
                """
                SELECT p.account_id, a.commune_insee,
                       (SELECT r.council_id FROM council_role r WHERE r.account_id = p.account_id ORDER BY r.id LIMIT 1) AS role_council
                FROM (SELECT DISTINCT account_id FROM notification WHERE digest_pending) p
                     LEFT JOIN account a ON a.id = p.account_id
                """, row -> new Pending(row.getLong(1), row.getString(2), Sql.nullableLong(row, "role_council")));
    }
}
