package fr.convergences.search;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The change log that triggers write in {@code search_outbox}, read by every node for itself from its own horizon (see
 * the migration {@code search_change_log}): the persistence home of {@code search_outbox}, {@code search_node} and
 * {@code search_outbox_pruned}.
 */
@Singleton
public class SearchOutboxStore {

    private final SearchDatabase database;

    public SearchOutboxStore(SearchDatabase database) {
        this.database = database;
    }

    /**
     * Reads, in batches and in one snapshot, every row written by a transaction at or after {@code horizon}, and
     * returns the next horizon: the oldest transaction still running at that snapshot. Every transaction below it has
     * ended and was visible to this read, so nothing below it can appear later; rows at or above it may be read again
     * by the next pass, which is why applying a row must be idempotent (the index reads the current state).
     */
    long read(long horizon, int batchSize, Consumer<List<Entry>> batches) {
        return database.with(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                long next = snapshotXmin(connection);
                long afterId = 0;
                while (true) {
                    List<Entry> batch = batch(connection, horizon, afterId, batchSize);
                    if (!batch.isEmpty()) {
                        batches.accept(batch);
                        afterId = batch.getLast().id();
                    }
                    if (batch.size() < batchSize) {
                        return next;
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private static long snapshotXmin(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return Long.parseLong(rows.getString(1));
        }
    }

    private static List<Entry> batch(Connection connection, long horizon, long afterId, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, entity_kind, entity_id, txid::text FROM search_outbox
                WHERE txid >= ?::text::xid8 AND id > ? ORDER BY id LIMIT ?""")) {
            statement.setLong(1, horizon);
            statement.setLong(2, afterId);
            statement.setInt(3, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(
                            rows.getLong(1), rows.getString(2), rows.getLong(3), Long.parseLong(rows.getString(4))));
                }
            }
            return entries;
        }
    }

    /** The rows from a horizon on (some of which a node may have applied already). */
    long countFrom(long horizon) {
        return database.with(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT count(*) FROM search_outbox WHERE txid >= ?::text::xid8")) {
                statement.setLong(1, horizon);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Every transaction that has committed by now lies below this point (for waiting until a node has caught up). */
    long currentXmax() {
        return database.with(connection -> {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT pg_snapshot_xmax(pg_current_snapshot())::text");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Long.parseLong(rows.getString(1));
            }
        });
    }

    /** Where a snapshot taken now starts (a rebuild's horizon: what it reads includes every transaction below it). */
    long currentXmin() {
        return database.with(SearchOutboxStore::snapshotXmin);
    }

    /** Records how far a node has applied the log, so that rows every live node has passed can be pruned. */
    void recordNode(UUID node, long horizon) {
        database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO search_node (node_id, horizon, seen_at) VALUES (?, ?::text::xid8, now())
                    ON CONFLICT (node_id) DO UPDATE SET horizon = EXCLUDED.horizon, seen_at = EXCLUDED.seen_at""")) {
                statement.setObject(1, node);
                statement.setLong(2, horizon);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Forgets the nodes not seen within the retention, then deletes the rows that every remaining node has passed and
     * raises the pruned mark to that point, in one transaction (a node below the mark must rebuild). Returns the rows deleted.
     */
    int prune(Duration retention) {
        return database.with(connection -> {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement forget = connection.prepareStatement(
                        "DELETE FROM search_node WHERE seen_at < now() - make_interval(secs => ?)")) {
                    forget.setLong(1, retention.toSeconds());
                    forget.executeUpdate();
                }
                int deleted;
                // The mark only rises, and only while some node is known: with none, nothing is pruned.
                try (PreparedStatement raise = connection.prepareStatement("""
                        UPDATE search_outbox_pruned SET below = low.horizon
                        FROM (SELECT min(horizon) AS horizon FROM search_node) low
                        WHERE low.horizon IS NOT NULL AND low.horizon > below""")) {
                    raise.executeUpdate();
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM search_outbox WHERE txid < (SELECT below FROM search_outbox_pruned)")) {
                    deleted = delete.executeUpdate();
                }
                connection.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Below this point the log was pruned: a node whose horizon is lower has missed changes and must rebuild. */
    long prunedBelow() {
        return database.with(connection -> {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT below::text FROM search_outbox_pruned");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Long.parseLong(rows.getString(1));
            }
        });
    }

    record Entry(long id, String entityKind, long entityId, long txid) {}
}
