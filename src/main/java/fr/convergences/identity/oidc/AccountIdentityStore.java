package fr.convergences.identity.oidc;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The account_identity table's one persistence class: which account an identity provider's subject is linked to. */
@Singleton
class AccountIdentityStore {

    private final Sql sql;

    AccountIdentityStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Long> linkedAccount(String issuer, String subject) {
        return sql.one(
                "SELECT account_id FROM account_identity WHERE issuer = ? AND subject = ?",
                row -> row.getLong(1),
                issuer,
                subject);
    }

    void link(String issuer, String subject, long accountId, Instant at) {
        sql.update(
                "INSERT INTO account_identity (issuer, subject, account_id, linked_at) VALUES (?, ?, ?, ?)",
                issuer,
                subject,
                accountId,
                at);
    }
}
