package fr.convergences.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's full-text search done well, as the other participation platforms use it (Decidim's pg_search
 * keeps a separate searchable table too), for the side-by-side benchmark only: never a migration. The public
 * contributions of a block are copied into a table with a stored generated {@code tsvector} (French
 * configuration, title and body), a GIN index on it and a B-tree on the council (the filter), then
 * {@code VACUUM ANALYZE}. Queries use {@code websearch_to_tsquery('french', …)} (quotes make a phrase, as in
 * the platform), rank with {@code ts_rank_cd} and keep the best 20.
 */
final class PostgresFullText {

    static final String TABLE = "search_scale_fts";
    private static final String SEARCH = """
            SELECT id, ts_rank_cd(document, query) AS rank
            FROM search_scale_fts, websearch_to_tsquery('french', ?) query
            WHERE document @@ query%s
            ORDER BY rank DESC
            LIMIT ?""";

    private final SearchDatabase database;

    PostgresFullText(SearchDatabase database) {
        this.database = database;
    }

    /** Timings in seconds of building the table, its GIN index and the statistics, and their sizes. */
    record Built(
            long rows, double fillSeconds, double ginSeconds, double vacuumSeconds, long tableBytes, long ginBytes) {}

    Built create(ScaleCorpusLoader.Block block) {
        return database.with(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
                statement.execute("""
                        CREATE TABLE search_scale_fts (
                            id          BIGINT PRIMARY KEY,
                            council_id  BIGINT NOT NULL,
                            title       TEXT   NOT NULL,
                            body        TEXT   NOT NULL,
                            document    TSVECTOR GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || body)) STORED
                        )""");
                long start = System.nanoTime();
                long rows;
                try (PreparedStatement fill = connection.prepareStatement("""
                        INSERT INTO search_scale_fts (id, council_id, title, body)
                        SELECT c.id, k.council_id, c.title, c.body FROM contribution c JOIN consultation k ON k.id = c.consultation_id
                        WHERE c.id BETWEEN ? AND ? AND c.status <> 'DRAFT' AND NOT c.hidden""")) {
                    fill.setLong(1, block.firstId());
                    fill.setLong(2, block.firstId() + block.count() - 1);
                    rows = fill.executeUpdate();
                }
                double fill = seconds(start);
                start = System.nanoTime();
                // Enough memory for the index build to sort in RAM, as a DBA would set for it.
                statement.execute("SET maintenance_work_mem = '1GB'");
                statement.execute("CREATE INDEX search_scale_fts_document ON search_scale_fts USING gin (document)");
                statement.execute("CREATE INDEX search_scale_fts_council ON search_scale_fts (council_id)");
                statement.execute("RESET maintenance_work_mem");
                double gin = seconds(start);
                start = System.nanoTime();
                statement.execute("VACUUM ANALYZE " + TABLE);
                double vacuum = seconds(start);
                long tableBytes;
                long ginBytes;
                try (ResultSet sizes = statement.executeQuery(
                        "SELECT pg_table_size('search_scale_fts'), pg_relation_size('search_scale_fts_document')")) {
                    sizes.next();
                    tableBytes = sizes.getLong(1);
                    ginBytes = sizes.getLong(2);
                }
                return new Built(rows, fill, gin, vacuum, tableBytes, ginBytes);
            }
        });
    }

    void drop() {
        database.with(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + TABLE);
            }
            return null;
        });
    }

    /** A searcher on its own connection, statements prepared once: one per client thread. */
    Searcher searcher() {
        try {
            return new Searcher(database.connection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Searcher implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement all;
        private final PreparedStatement inCouncil;

        private Searcher(Connection connection) throws SQLException {
            this.connection = connection;
            this.all = connection.prepareStatement(SEARCH.formatted(""));
            this.inCouncil = connection.prepareStatement(SEARCH.formatted(" AND council_id = ?"));
        }

        /** The ids of the best {@code limit} matches, best first; a council id narrows to that council. */
        List<Long> search(String words, Long councilId, int limit) {
            try {
                PreparedStatement statement = councilId == null ? all : inCouncil;
                statement.setString(1, words);
                if (councilId == null) {
                    statement.setInt(2, limit);
                } else {
                    statement.setLong(2, councilId);
                    statement.setInt(3, limit);
                }
                List<Long> ids = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The plan PostgreSQL runs for a search, with its real timings and buffers. */
        String explain(String words, Long councilId, int limit) {
            String sql =
                    "EXPLAIN (ANALYZE, BUFFERS) " + SEARCH.formatted(councilId == null ? "" : " AND council_id = ?");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, words);
                if (councilId == null) {
                    statement.setInt(2, limit);
                } else {
                    statement.setLong(2, councilId);
                    statement.setInt(3, limit);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** How PostgreSQL's French configuration reads the words (the tsquery). */
        String tsquery(String words) {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT websearch_to_tsquery('french', ?)::text")) {
                statement.setString(1, words);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The server settings that matter for these figures. */
        String settings() {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                         SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings
                         WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'max_parallel_workers_per_gather',
                                        'random_page_cost', 'fsync', 'server_version')""")) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
