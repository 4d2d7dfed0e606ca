package fr.convergences.territory.council;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Invitations to take up a mandate: only a token's hash is stored, and a token is used once. */
@Singleton
class InvitationStore {

    private final Sql sql;

    InvitationStore(Sql sql) {
        this.sql = sql;
    }

    void add(long mandateId, String tokenHash, Instant expiresAt) {
        sql.update(
                "INSERT INTO mandate_invitation (mandate_id, token_hash, expires_at) VALUES (?, ?, ?)",
                mandateId,
                tokenHash,
                expiresAt);
    }

    /** Marks the invitation used, in one statement so that two clicks cannot both take it; its mandate if it was valid. */
    Optional<Long> use(String tokenHash, Instant now) {
        return sql.one("""
                UPDATE mandate_invitation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                RETURNING mandate_id""", row -> row.getLong(1), now, tokenHash, now);
    }
}
