package fr.convergences.search;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rows that triggers write in {@code search_outbox}: changes committed in PostgreSQL, not yet in the index. */
@Singleton
public class SearchOutbox {

    private final SearchDatabase database;

    public SearchOutbox(SearchDatabase database) {
        this.database = database;
    }

    /**
     * The oldest pending rows after an id (0 for all). Ids are not commit order: a row committed later with a smaller
     * id is not lost, only left to the next pass, which starts from 0 again; each row is deleted by its own id.
     */
    List<Entry> pending(long afterId, int limit) {
        return database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, entity_kind, entity_id FROM search_outbox WHERE id > ? ORDER BY id LIMIT ?")) {
                statement.setLong(1, afterId);
                statement.setInt(2, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getLong(3)));
                    }
                }
                return entries;
            }
        });
    }

    public long pendingCount() {
        return database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM search_outbox");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Called only after the index has committed what these rows asked for. */
    void delete(Collection<Long> ids) {
        database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM search_outbox WHERE id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                return statement.executeUpdate();
            }
        });
    }

    record Entry(long id, String entityKind, long entityId) {
    }
}
