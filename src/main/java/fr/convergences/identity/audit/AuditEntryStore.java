package fr.convergences.identity.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The audit_entry table's one persistence class: appends under the chain's advisory lock, reads stored entries newest
 * first for people and in chain order for verification.
 */
@Singleton
class AuditEntryStore {

    private static final String COLUMNS =
            "chain_key, seq, council_id, actor_account_id, action, subject_type, subject_id, "
                    + "before_json, after_json, occurred_at, previous_hash, hash";

    // Keeps our advisory locks apart from any other use of advisory locks on the same database.
    private static final int LOCK_NAMESPACE = 0x41554454; // "AUDT"

    private final JdbcOperations jdbc;

    AuditEntryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> newestFirst(long chain, int offset, int limit) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC OFFSET ? LIMIT ?",
                statement -> {
                    statement.setLong(1, chain);
                    statement.setInt(2, offset);
                    statement.setInt(3, limit);
                    List<AuditEntry> entries = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            entries.add(read(rows));
                        }
                    }
                    return entries;
                });
    }

    /** A page of a chain, newest first, narrowed to one action and one actor when given (the journal's filters). */
    List<AuditEntry> newestFirst(
            long chain, @Nullable String action, @Nullable Long actorAccountId, int offset, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM audit_entry WHERE chain_key = ?"
                + (action == null ? "" : " AND action = ?")
                + (actorAccountId == null ? "" : " AND actor_account_id = ?") + " ORDER BY seq DESC OFFSET ? LIMIT ?";
        return jdbc.prepareStatement(sql, statement -> {
            int index = 1;
            statement.setLong(index++, chain);
            if (action != null) {
                statement.setString(index++, action);
            }
            if (actorAccountId != null) {
                statement.setLong(index++, actorAccountId);
            }
            statement.setInt(index++, offset);
            statement.setInt(index, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        });
    }

    /** The actions recorded in a chain, for the journal's filter. */
    List<String> actions(long chain) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT action FROM audit_entry WHERE chain_key = ? ORDER BY action", statement -> {
                    statement.setLong(1, chain);
                    List<String> actions = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            actions.add(rows.getString(1));
                        }
                    }
                    return actions;
                });
    }

    /** The people who acted in a chain, with their current display name (null when the account is gone or unnamed). */
    Map<Long, String> actors(long chain) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT e.actor_account_id, a.display_name FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_account_id "
                        + "WHERE e.chain_key = ? AND e.actor_account_id IS NOT NULL ORDER BY 2, 1",
                statement -> {
                    statement.setLong(1, chain);
                    Map<Long, String> actors = new LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            actors.put(rows.getLong(1), rows.getString(2));
                        }
                    }
                    return actors;
                });
    }

    /** Streams a chain in order, without holding it all in memory. */
    void inOrder(long chain, Consumer<AuditEntry> consumer) {
        jdbc.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_key = ? ORDER BY seq", statement -> {
            statement.setLong(1, chain);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(read(rows));
                }
            }
            return null;
        });
    }

    List<Long> chains() {
        return jdbc.prepareStatement("SELECT DISTINCT chain_key FROM audit_entry ORDER BY chain_key", statement -> {
            List<Long> chains = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chains.add(rows.getLong(1));
                }
            }
            return chains;
        });
    }

    /**
     * Serialises appends to one chain until the transaction ends: no two entries get the same sequence number and the
     * chain never forks, while other councils' chains are not blocked.
     */
    void lockChain(long chain) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Long.hashCode(chain));
            return statement.execute();
        });
    }

    /** The latest entry's sequence number and hash; (0, genesis) for an empty chain. */
    AuditChainHead head(long chain) {
        return jdbc.prepareStatement(
                "SELECT seq, hash FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC LIMIT 1", statement -> {
                    statement.setLong(1, chain);
                    try (var rows = statement.executeQuery()) {
                        return rows.next()
                                ? new AuditChainHead(rows.getLong(1), rows.getString(2))
                                : new AuditChainHead(0, AuditEntry.GENESIS);
                    }
                });
    }

    private static final String INSERT = """
            INSERT INTO audit_entry (chain_key, seq, council_id, actor_account_id, action, subject_type, subject_id,
                                     before_json, after_json, occurred_at, previous_hash, hash, canonical_rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    void append(AuditEntry entry, int canonicalRule) {
        jdbc.prepareStatement(INSERT, statement -> {
            bind(statement, entry, canonicalRule);
            return statement.executeUpdate();
        });
    }

    /** Entries already chained (each with its own hash), in one batch, in the order given. */
    void appendAll(List<AuditEntry> chained, int canonicalRule) {
        jdbc.prepareStatement(INSERT, statement -> {
            for (AuditEntry entry : chained) {
                bind(statement, entry, canonicalRule);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private static void bind(java.sql.PreparedStatement statement, AuditEntry entry, int canonicalRule)
            throws SQLException {
        statement.setLong(1, entry.chainKey());
        statement.setLong(2, entry.seq());
        statement.setObject(3, entry.councilId());
        statement.setObject(4, entry.actorAccountId());
        statement.setString(5, entry.action());
        statement.setString(6, entry.subjectType());
        statement.setString(7, entry.subjectId());
        statement.setString(8, entry.beforeJson());
        statement.setString(9, entry.afterJson());
        statement.setTimestamp(10, Timestamp.from(entry.occurredAt()));
        statement.setString(11, entry.previousHash());
        statement.setString(12, entry.hash());
        statement.setInt(13, canonicalRule);
    }

    private static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(
                rows.getLong(1),
                rows.getLong(2),
                (Long) rows.getObject(3),
                (Long) rows.getObject(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getTimestamp(10).toInstant(),
                rows.getString(11),
                rows.getString(12));
    }
}
