package fr.convergences.base.database;

import java.time.Instant;
import java.util.Optional;

/**
 * A table of one-time link tokens kept as hashes ({@code token_hash, <owner>, purpose, expires_at, used_at}), which
 * identity (account links) and debates (registration links) both keep. Using a token up is one conditional statement,
 * so two clicks on the same link succeed only once.
 */
public final class OneTimeTokenTable {

    private final Sql sql;
    private final String insert;
    private final String useUp;

    /** {@code table} and {@code ownerColumn} are the caller's constants, never input. */
    public OneTimeTokenTable(Sql sql, String table, String ownerColumn) {
        this.sql = sql;
        this.insert =
                "INSERT INTO " + table + " (token_hash, " + ownerColumn + ", purpose, expires_at) VALUES (?, ?, ?, ?)";
        this.useUp = "UPDATE " + table
                + " SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? "
                + "RETURNING " + ownerColumn;
    }

    public void insert(String tokenHash, long ownerId, Enum<?> purpose, Instant expiresAt) {
        sql.update(insert, tokenHash, ownerId, purpose, expiresAt);
    }

    /** The owner of the token if it had this purpose and was unused and unexpired; it is used up. */
    public Optional<Long> useUp(String tokenHash, Enum<?> purpose, Instant now) {
        return sql.one(useUp, row -> row.getLong(1), now, tokenHash, purpose, now);
    }
}
