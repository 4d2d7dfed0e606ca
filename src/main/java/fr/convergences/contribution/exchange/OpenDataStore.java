package fr.convergences.contribution.exchange;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The open-data export's one query: a consultation's public contributions (published, not hidden), newest first, with
 * their themes, official answer and, for imported ones, where they came from. Rows are read through a database cursor
 * (the caller's read-only transaction keeps autocommit off, and a fetch size is set) and handed over one at a time, so
 * that memory stays the same whatever the number of contributions.
 */
@Singleton
class OpenDataStore {

    /** Rows fetched per round trip: enough to stream fast, few enough to keep memory flat. */
    static final int FETCH_SIZE = 500;

    private static final String PUBLIC_CONTRIBUTIONS = """
            SELECT c.id, c.kind, c.title, c.body, c.commune_insee, c.status, c.origin, c.support_count, c.comment_count,
                   a.status AS answer_status, c.published_at, s.contribution_id AS source_of,
                   coalesce(s.source_origin, lower(substring(s.external_url from '^[A-Za-z]+://([^/:?#]+)')), '') AS source_platform,
                   s.external_id, s.external_url, s.original_supports, s.original_comments,
                   ARRAY(SELECT t.name FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id
                         WHERE ct.contribution_id = c.id ORDER BY t.position) AS themes
            FROM contribution c LEFT JOIN contribution_answer a ON a.contribution_id = c.id
                 LEFT JOIN contribution_source s ON s.contribution_id = c.id
            WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden
            ORDER BY c.published_at DESC, c.id DESC""";

    private final JdbcOperations jdbc;

    OpenDataStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each public contribution of the consultation to {@code each}, as it is read; runs in the caller's transaction. */
    void eachPublic(long consultationId, RowWriter each) {
        jdbc.prepareStatement(PUBLIC_CONTRIBUTIONS, statement -> {
            // With autocommit off (the read-only transaction), PostgreSQL's driver then reads through a cursor.
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, consultationId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    each.write(PublicRow.of(rows));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    @FunctionalInterface
    interface RowWriter {
        void write(PublicRow row) throws IOException;
    }

    /** One public contribution, as both formats show it. */
    record PublicRow(
            long id,
            String kind,
            String title,
            String text,
            @Nullable String communeInsee,
            String status,
            String origin,
            List<String> themes,
            int supportCount,
            int commentCount,
            @Nullable String answerStatus,
            String publishedAt,
            OpenDataController.@Nullable OpenDataSource source) {

        static PublicRow of(ResultSet rows) throws SQLException {
            Instant published = rows.getTimestamp("published_at").toInstant();
            return new PublicRow(
                    rows.getLong("id"),
                    rows.getString("kind"),
                    rows.getString("title"),
                    rows.getString("body"),
                    rows.getString("commune_insee"),
                    rows.getString("status"),
                    rows.getString("origin"),
                    List.of((String[]) rows.getArray("themes").getArray()),
                    rows.getInt("support_count"),
                    rows.getInt("comment_count"),
                    rows.getString("answer_status"),
                    published.toString(),
                    source(rows));
        }

        /** Where an imported contribution came from: the platform, its reference, address and figures there; null for others. */
        private static OpenDataController.@Nullable OpenDataSource source(ResultSet rows) throws SQLException {
            rows.getLong("source_of");
            if (rows.wasNull()) {
                return null;
            }
            return new OpenDataController.OpenDataSource(
                    rows.getString("source_platform"),
                    rows.getString("external_id"),
                    rows.getString("external_url"),
                    (Integer) rows.getObject("original_supports"),
                    (Integer) rows.getObject("original_comments"));
        }
    }
}
