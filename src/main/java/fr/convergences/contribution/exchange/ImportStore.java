package fr.convergences.contribution.exchange;

import fr.convergences.identity.Actor;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the import's own tables ({@code contribution_import}, {@code contribution_source}), apart from the
 * batched writes of {@link ImportWriter}. Runs in the caller's transaction.
 */
@Singleton
class ImportStore {

    // Keeps this job's advisory lock apart from the audit log's, the votes' and any other use of advisory locks.
    private static final int REPORT_RETENTION_LOCK = 0x52504F52; // "RPOR"

    // The batched statements of ImportWriter and RejectionWriter, which prepare them once on the import's connection.
    static final String NEXT_IDS =
            "SELECT nextval(pg_get_serial_sequence('contribution', 'id')) FROM generate_series(1, ?)";
    static final String INSERT_CONTRIBUTION = """
            INSERT INTO contribution (id, consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
            OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 'IMPORTED')""";
    static final String INSERT_SOURCE = """
            INSERT INTO contribution_source (contribution_id, import_id, external_id, external_url, original_supports,
                                             original_comments, original_category, original_scope, source_origin, consultation_id, author_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_THEME = "INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)";
    /** Personal data in an imported text is masked like online: the text as written is kept apart for the moderators. */
    static final String INSERT_ORIGINAL = """
            INSERT INTO contribution_original_text (contribution_id, title, body, kinds, recorded_at) VALUES (?, ?, ?, ?, ?)""";

    static final String INSERT_REJECTION =
            "INSERT INTO contribution_import_rejection (import_id, line, reason_key, arguments, excerpt) VALUES (?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final ImportAuthors authors;

    ImportStore(JdbcOperations jdbc, ImportAuthors authors) {
        this.jdbc = jdbc;
        this.authors = authors;
    }

    long insertImport(
            Actor actor, long councilId, long consultationId, String fileName, ImportFormat format, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO contribution_import (council_id, consultation_id, imported_by, imported_at, file_name, format,
                                                 accepted_count, rejected_count)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0) RETURNING id""", statement -> {
            statement.setLong(1, councilId);
            statement.setLong(2, consultationId);
            statement.setLong(3, actor.accountId());
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setString(5, fileName);
            statement.setString(6, format.name());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    void recordCounts(long importId, long accepted, long rejected) {
        jdbc.prepareStatement(
                "UPDATE contribution_import SET accepted_count = ?, rejected_count = ? WHERE id = ?", statement -> {
                    statement.setLong(1, accepted);
                    statement.setLong(2, rejected);
                    statement.setLong(3, importId);
                    return statement.executeUpdate();
                });
    }

    /**
     * The rows already imported into the consultation, by key, with the contribution each became. One entry per
     * imported row: a few megabytes for a hundred thousand, held only while a preview or an import runs.
     */
    @Transactional(readOnly = true)
    Map<SourceKey, Long> importedKeys(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT source_origin, external_id, contribution_id FROM contribution_source WHERE consultation_id = ?""", statement -> {
            statement.setLong(1, consultationId);
            statement.setFetchSize(1000);
            Map<SourceKey, Long> keys = new HashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.put(new SourceKey(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
            return keys;
        });
    }

    /** Where an imported contribution came from; empty for any other contribution. */
    @Transactional(readOnly = true)
    Optional<Provenance> provenance(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT i.consultation_id, coalesce(s.source_origin, lower(substring(s.external_url from '^[A-Za-z]+://([^/:?#]+)')), ''),
                       s.external_id, s.external_url, s.original_supports, s.original_comments, i.imported_at
                FROM contribution_source s JOIN contribution_import i ON i.id = s.import_id WHERE s.contribution_id = ?""", statement -> {
            statement.setLong(1, contributionId);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Provenance(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        (Integer) rows.getObject(5),
                        (Integer) rows.getObject(6),
                        rows.getTimestamp(7).toInstant()));
            }
        });
    }

    /** Rows written in batches on the connection of the caller's transaction, which a failure at any row undoes. */
    long write(long consultationId, long importId, Instant now, Rows rows) {
        return jdbc.execute(connection -> {
            try (ImportWriter writer = new ImportWriter(connection, consultationId, importId, now, authors);
                    RejectionWriter rejections = new RejectionWriter(connection, importId)) {
                return rows.writeWith(writer, rejections);
            }
        });
    }

    @FunctionalInterface
    interface Rows {
        long writeWith(ImportWriter writer, RejectionWriter rejections) throws SQLException;
    }

    /** The council of an import (what permissions are decided on), if it exists. */
    @Transactional(readOnly = true)
    Optional<Long> councilOfImport(long importId) {
        return jdbc.prepareStatement("SELECT council_id FROM contribution_import WHERE id = ?", statement -> {
            statement.setLong(1, importId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    /**
     * Deletes the rejected rows (their excerpts quote the file) of every import made before {@code before}, unless
     * another node is doing it right now: a transaction-scoped advisory lock, tried and not waited for, lets one node
     * run the erasure and the others skip it. Returns how many rows were deleted, or -1 when skipped.
     */
    @Transactional
    long eraseRejectionsBefore(Instant before) {
        boolean ours = jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(?, 0)", statement -> {
            statement.setInt(1, REPORT_RETENTION_LOCK);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
        if (!ours) {
            return -1;
        }
        return jdbc.prepareStatement("""
                DELETE FROM contribution_import_rejection
                WHERE import_id IN (SELECT id FROM contribution_import WHERE imported_at < ?)""", statement -> {
            statement.setTimestamp(1, Timestamp.from(before));
            return (long) statement.executeUpdate();
        });
    }

    /**
     * Hands each rejected row of the import to {@code each}, in line order, read through a cursor a thousand rows at
     * a time: a report of a hundred thousand rows never sits in memory.
     */
    @Transactional(readOnly = true)
    long eachRejection(long importId, RejectionConsumer each) {
        return jdbc.prepareStatement("""
                SELECT line, reason_key, arguments, excerpt FROM contribution_import_rejection WHERE import_id = ? ORDER BY line""", statement -> {
            statement.setLong(1, importId);
            statement.setFetchSize(1000);
            long count = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    RejectedRow row = new RejectedRow(
                            rows.getLong(1),
                            rows.getString(2),
                            RejectionWriter.decode((String[]) rows.getArray(3).getArray()),
                            rows.getString(4));
                    try {
                        each.accept(row);
                    } catch (java.io.IOException e) {
                        // The reader went away (a download cut short): stop reading.
                        throw new java.io.UncheckedIOException(e);
                    }
                    count++;
                }
            }
            return count;
        });
    }

    @FunctionalInterface
    interface RejectionConsumer {
        void accept(RejectedRow row) throws java.io.IOException;
    }
}
