package fr.convergences.contribution.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an import's rejected rows with JDBC batches, on the connection of the import's transaction: the report is
 * kept in PostgreSQL as the file is read, never gathered in memory, and a failed import keeps none of it.
 */
final class RejectionWriter implements AutoCloseable {

    static final int BATCH_SIZE = 500;

    private final PreparedStatement insert;
    private final long importId;
    private int pending;
    private long written;

    RejectionWriter(Connection connection, long importId) throws SQLException {
        this.importId = importId;
        this.insert = connection.prepareStatement(ImportStore.INSERT_REJECTION);
    }

    void add(RejectedRow row) throws SQLException {
        insert.setLong(1, importId);
        insert.setLong(2, row.line());
        insert.setString(3, row.reasonKey());
        insert.setArray(4, insert.getConnection().createArrayOf("text", encode(row.arguments())));
        insert.setString(5, storable(row.excerpt()));
        insert.addBatch();
        written++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    long written() {
        return written;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /** Numbers keep their type, so that "{0, plural, …}" and "{1,number,#}" format again when the report is read. */
    static String[] encode(List<Object> arguments) {
        return arguments.stream()
                .map(argument ->
                        argument instanceof Number number && !(argument instanceof Double || argument instanceof Float)
                                ? "n:" + number.longValue()
                                : "s:" + storable(String.valueOf(argument)))
                .toArray(String[]::new);
    }

    /**
     * PostgreSQL's text cannot hold U+0000, and a rejected row may be rejected precisely for holding one: it is kept as
     * U+2400 (the visible "NUL" symbol), so that the report shows where it was instead of failing the whole import.
     */
    static @Nullable String storable(@Nullable String text) {
        return text == null ? null : text.replace('\u0000', '\u2400');
    }

    static List<Object> decode(String[] encoded) {
        List<Object> arguments = new ArrayList<>(encoded.length);
        for (String argument : encoded) {
            arguments.add(
                    argument.startsWith("n:") ? (Object) Long.parseLong(argument.substring(2)) : argument.substring(2));
        }
        return arguments;
    }
}
