package fr.convergences.project.measurement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The persistence home of measurement imports: the import's record, and the upsert of its rows into project_measurement
 * on the table's unique key (indicator, day, place), in one statement per chunk of rows (arrays unnested by PostgreSQL),
 * which counts what it created and what it changed; a row whose value is the same is left as it was.
 */
@Singleton
public class MeasurementImportStore {

    /** Rows sent per statement: a few arrays of this size stay far below PostgreSQL's limits and keep round trips few. */
    static final int CHUNK = 5000;

    private static final String UPSERT = """
            INSERT INTO project_measurement (indicator_id, measured_on, value, insee_code, provenance, recorded_by, recorded_at, import_id)
            SELECT row.indicator_id, row.measured_on, row.value, row.insee_code, ?, ?, ?, ?
            FROM unnest(?::bigint[], ?::date[], ?::numeric[], ?::varchar[]) AS row (indicator_id, measured_on, value, insee_code)
            ON CONFLICT (indicator_id, measured_on, insee_code) DO UPDATE
            SET value = EXCLUDED.value, provenance = EXCLUDED.provenance, recorded_by = EXCLUDED.recorded_by,
                recorded_at = EXCLUDED.recorded_at, import_id = EXCLUDED.import_id
            WHERE project_measurement.value <> EXCLUDED.value
            RETURNING (xmax = 0) AS created""";

    /** What an import did: rows created, rows whose value changed, rows already holding that value. */
    public record Counts(int created, int updated, int unchanged) {}

    /** One past import, as the import page lists it. */
    public record Past(
            long id,
            String fileName,
            String source,
            long importedBy,
            Instant importedAt,
            int created,
            int updated,
            int unchanged) {}

    private final JdbcOperations jdbc;

    public MeasurementImportStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long start(long projectId, String fileName, String source, long accountId, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO project_measurement_import (project_id, file_name, source, imported_by, imported_at, created_count,
                    updated_count, unchanged_count) VALUES (?, ?, ?, ?, ?, 0, 0, 0) RETURNING id""", statement -> {
            statement.setLong(1, projectId);
            statement.setString(2, fileName);
            statement.setString(3, source);
            statement.setLong(4, accountId);
            statement.setTimestamp(5, Timestamp.from(at));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    Counts upsert(long importId, List<MeasurementRow> rows, String provenance, long accountId, Instant at) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<MeasurementRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int[] counts = jdbc.prepareStatement(
                    UPSERT, statement -> upsertChunk(statement, chunk, importId, provenance, accountId, at));
            created += counts[0];
            updated += counts[1];
        }
        Counts counts = new Counts(created, updated, rows.size() - created - updated);
        jdbc.prepareStatement(
                "UPDATE project_measurement_import SET created_count = ?, updated_count = ?, unchanged_count = ? WHERE id = ?",
                statement -> {
                    statement.setInt(1, counts.created());
                    statement.setInt(2, counts.updated());
                    statement.setInt(3, counts.unchanged());
                    statement.setLong(4, importId);
                    return statement.executeUpdate();
                });
        return counts;
    }

    private static int[] upsertChunk(
            PreparedStatement statement,
            List<MeasurementRow> chunk,
            long importId,
            String provenance,
            long accountId,
            Instant at)
            throws SQLException {
        Connection connection = statement.getConnection();
        statement.setString(1, provenance);
        statement.setLong(2, accountId);
        statement.setTimestamp(3, Timestamp.from(at));
        statement.setLong(4, importId);
        statement.setArray(
                5,
                connection.createArrayOf(
                        "bigint",
                        chunk.stream().map(MeasurementRow::indicatorId).toArray()));
        statement.setArray(
                6,
                textArray(
                        connection,
                        chunk.stream().map(row -> row.measuredOn().toString()).toArray()));
        statement.setArray(
                7,
                textArray(
                        connection,
                        chunk.stream().map(row -> row.value().toPlainString()).toArray()));
        statement.setArray(
                8,
                textArray(
                        connection,
                        chunk.stream().map(MeasurementRow::inseeCode).toArray()));
        int created = 0;
        int updated = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (result.getBoolean(1)) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new int[] {created, updated};
    }

    private static Array textArray(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }

    /** The projet's imports, the latest first. */
    List<Past> history(long projectId) {
        return jdbc.prepareStatement("""
                SELECT id, file_name, source, imported_by, imported_at, created_count, updated_count, unchanged_count
                FROM project_measurement_import WHERE project_id = ? ORDER BY imported_at DESC, id DESC LIMIT 50""", statement -> {
            statement.setLong(1, projectId);
            List<Past> past = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    past.add(new Past(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getLong(4),
                            row.getTimestamp(5).toInstant(),
                            row.getInt(6),
                            row.getInt(7),
                            row.getInt(8)));
                }
            }
            return past;
        });
    }
}
