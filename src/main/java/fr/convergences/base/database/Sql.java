package fr.convergences.base.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plain SQL in the caller's transaction, for a feature's one persistence class where a repository does not fit
 * (hot paths such as the ballot machinery, locks, batches, link tables): one hand-written statement does what
 * several repository calls would. Instants become timestamps, enums their names, nulls SQL's NULL (a parameter may be
 * null). Services and views never use it.
 */
@Singleton
public class Sql {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, Row<T> mapper, @Nullable Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        });
    }

    /**
     * Each row as a map from column label to value, in column order: for documents written out as they are read
     * (personal-data downloads). Numbers become longs, so that ids and counts read the same whatever the column's type.
     */
    public List<Map<String, Object>> maps(String sql, @Nullable Object... parameters) {
        return list(
                sql,
                row -> {
                    ResultSetMetaData columns = row.getMetaData();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        Object value = row.getObject(column);
                        values.put(
                                columns.getColumnLabel(column),
                                value instanceof Number number ? number.longValue() : value);
                    }
                    return values;
                },
                parameters);
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, @Nullable Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public long count(String sql, @Nullable Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    public boolean exists(String sql, @Nullable Object... parameters) {
        return one(sql, row -> row.getBoolean(1), parameters).orElse(false);
    }

    public int update(String sql, @Nullable Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** One statement run for each row of parameters, sent in one batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public JdbcOperations jdbc() {
        return jdbc;
    }

    private static void bind(PreparedStatement statement, @Nullable Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            switch (value) {
                case Instant instant -> statement.setTimestamp(i + 1, Timestamp.from(instant));
                case Enum<?> constant -> statement.setString(i + 1, constant.name());
                case null, default -> statement.setObject(i + 1, value);
            }
        }
    }

    public static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
