package fr.convergences.identity.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads stored entries, newest first for people, in chain order for verification. */
@Singleton
class AuditEntries {

    private static final String COLUMNS = "chain_key, seq, council_id, actor_account_id, action, subject_type, subject_id, "
            + "before_json, after_json, occurred_at, previous_hash, hash";

    private final JdbcOperations jdbc;

    AuditEntries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> newestFirst(long chain, int offset, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC OFFSET ? LIMIT ?",
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

    private static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(rows.getLong(1), rows.getLong(2), (Long) rows.getObject(3), (Long) rows.getObject(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                rows.getTimestamp(10).toInstant(), rows.getString(11), rows.getString(12));
    }
}
