package fr.convergences.search;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a {@link ScaleCorpus} into PostgreSQL fast: the territories, councils, communes, consultations,
 * themes, organisations and a pool of author accounts with plain statements, then the contributions, their
 * themes and answers with COPY through the PostgreSQL driver's CopyManager (generated two cores wide,
 * streamed in chunks, never held whole in memory). Contribution ids are a block reserved from the table's
 * identity sequence, so that id = first id + ordinal.
 * <p>
 * A bulk load may skip the triggers ({@code session_replication_role = replica}: no search outbox rows, no
 * foreign-key checks, every reference being built valid), the index then being rebuilt from PostgreSQL as
 * after an import of a dump; or keep them, to measure the outbox path.
 */
final class ScaleCorpusLoader {

    private static final int CHUNK = 10_000;

    private final SearchDatabase database;
    private final ScaleCorpus corpus;
    private final Layout layout;

    private ScaleCorpusLoader(SearchDatabase database, ScaleCorpus corpus, Layout layout) {
        this.database = database;
        this.corpus = corpus;
        this.layout = layout;
    }

    /** What was created around the contributions, by territory index. */
    record Layout(
            long[] territoryIds,
            long[] councilIds,
            long[][] consultationIds,
            long[][] themeIds,
            long[] organisationIds,
            long[] accountIds,
            long answeringAccount) {}

    /** A block of contributions written: ordinals {@code [fromOrdinal, fromOrdinal + count)} have ids {@code firstId + (ordinal - fromOrdinal)}. */
    record Block(int fromOrdinal, int count, long firstId, long publicCount) {
        long id(int ordinal) {
            return firstId + (ordinal - fromOrdinal);
        }

        boolean contains(long id) {
            return id >= firstId && id < firstId + count;
        }

        int ordinal(long id) {
            return (int) (id - firstId) + fromOrdinal;
        }
    }

    /** Creates the territories and everything around the contributions; the corpus's territory codes must be free. */
    static ScaleCorpusLoader prepare(SearchDatabase database, ScaleCorpus corpus, int accountPool) {
        Layout layout = database.with(connection -> {
            connection.setAutoCommit(false);
            try {
                Layout created = createLayout(connection, corpus, accountPool);
                connection.commit();
                return created;
            } finally {
                connection.setAutoCommit(true);
            }
        });
        return new ScaleCorpusLoader(database, corpus, layout);
    }

    Layout layout() {
        return layout;
    }

    long councilId(ScaleCorpus.Territory territory) {
        return layout.councilIds[territory.index()];
    }

    long consultationId(ScaleCorpus.Contribution contribution) {
        return layout.consultationIds[contribution.territory().index()][contribution.consultation()];
    }

    private static Layout createLayout(Connection connection, ScaleCorpus corpus, int accountPool) throws SQLException {
        int n = corpus.territories().size();
        long[] territoryIds = new long[n];
        long[] councilIds = new long[n];
        long[][] consultationIds = new long[n][];
        long[][] themeIds = new long[n * 4][];
        long[] organisationIds = new long[n];
        Instant created = ScaleCorpus.EPOCH.minusSeconds(4L * 365 * 86_400);
        try (PreparedStatement territory = connection.prepareStatement(
                        "INSERT INTO territory (code, name, created_at) VALUES (?, ?, ?) RETURNING id");
                PreparedStatement council = connection.prepareStatement(
                        "INSERT INTO council (territory_id, name, slug, created_at) VALUES (?, ?, ?, ?) RETURNING id");
                PreparedStatement commune = connection.prepareStatement(
                        "INSERT INTO commune (insee_code, territory_id, name) SELECT ? || lpad(g::text, 3, '0'), ?, 'Commune ' || ? || lpad(g::text, 3, '0') "
                                + "FROM generate_series(1, ?) g");
                PreparedStatement organisation = connection.prepareStatement(
                        "INSERT INTO organisation (name, kind, territory_id, verified, created_at) VALUES (?, 'ASSOCIATION', ?, true, ?) RETURNING id");
                PreparedStatement consultation = connection.prepareStatement(
                        "INSERT INTO consultation (council_id, title, question, created_at) VALUES (?, ?, ?, ?) RETURNING id");
                PreparedStatement phase = connection.prepareStatement(
                        "INSERT INTO consultation_phase (consultation_id, kind, starts_on, ends_on) VALUES (?, 'CONTRIBUTIONS', ?::date, ?::date)");
                PreparedStatement theme = connection.prepareStatement(
                        "INSERT INTO theme (consultation_id, name, position) VALUES (?, ?, ?) RETURNING id")) {
            for (ScaleCorpus.Territory t : corpus.territories()) {
                int i = t.index();
                territoryIds[i] = returning(territory, t.code(), t.name(), java.sql.Timestamp.from(created));
                councilIds[i] = returning(
                        council, territoryIds[i], t.councilName(), t.slug(), java.sql.Timestamp.from(created));
                commune.setString(1, t.department());
                commune.setLong(2, territoryIds[i]);
                commune.setString(3, t.department());
                commune.setInt(4, t.communes());
                commune.executeUpdate();
                organisationIds[i] = returning(
                        organisation,
                        "Association des usagers de santé " + t.department(),
                        territoryIds[i],
                        java.sql.Timestamp.from(created));
                consultationIds[i] = new long[t.consultations()];
                for (int c = 0; c < t.consultations(); c++) {
                    consultationIds[i][c] = returning(
                            consultation,
                            councilIds[i],
                            t.consultationTitle(c),
                            "Quels sont vos besoins de santé, et que proposez-vous ?",
                            java.sql.Timestamp.from(created));
                    phase.setLong(1, consultationIds[i][c]);
                    phase.setString(2, created.toString().substring(0, 10));
                    phase.setString(
                            3,
                            ScaleCorpus.EPOCH
                                    .plusSeconds(365L * 86_400)
                                    .toString()
                                    .substring(0, 10));
                    phase.executeUpdate();
                    long[] themes = new long[ScaleCorpus.THEMES.size()];
                    for (int k = 0; k < themes.length; k++) {
                        themes[k] = returning(theme, consultationIds[i][c], ScaleCorpus.THEMES.get(k), k);
                    }
                    themeIds[i * 4 + c] = themes;
                }
            }
        }
        long[] accountIds = new long[accountPool];
        try (PreparedStatement accounts = connection.prepareStatement("""
                INSERT INTO account (status, display_name, created_at, email_confirmed_at)
                SELECT 'ACTIVE', 'Participant ' || g, ?, ? FROM generate_series(1, ?) g RETURNING id""")) {
            accounts.setTimestamp(1, java.sql.Timestamp.from(created));
            accounts.setTimestamp(2, java.sql.Timestamp.from(created));
            accounts.setInt(3, accountPool);
            try (ResultSet rows = accounts.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    accountIds[i] = rows.getLong(1);
                }
            }
        }
        return new Layout(
                territoryIds, councilIds, consultationIds, themeIds, organisationIds, accountIds, accountIds[0]);
    }

    private static long returning(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Writes contributions {@code [fromOrdinal, fromOrdinal + count)} in one transaction. Without triggers, nothing
     * reaches the search outbox (rebuild the index afterwards); with them, every row does, as for an import.
     */
    Block write(int fromOrdinal, int count, boolean triggers) {
        return database.with(connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (!triggers) {
                    statement.execute("SET LOCAL session_replication_role = replica");
                }
                long firstId = reserveIds(connection, count);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                StringBuilder themes = new StringBuilder();
                StringBuilder answers = new StringBuilder();
                long publicCount = 0;
                CopyIn in = copy.copyIn("""
                        COPY contribution (id, consultation_id, author_account_id, kind, title, body, commune_insee, status, created_at,
                                           published_at, withdrawn_at, origin, organisation_id, support_count, hidden, hidden_reason)
                        FROM STDIN""");
                try {
                    for (int from = fromOrdinal; from < fromOrdinal + count; from += CHUNK) {
                        int to = Math.min(fromOrdinal + count, from + CHUNK);
                        List<ScaleCorpus.Contribution> chunk = IntStream.range(from, to)
                                .parallel()
                                .mapToObj(corpus::contribution)
                                .toList();
                        StringBuilder rows = new StringBuilder(chunk.size() * 512);
                        for (ScaleCorpus.Contribution c : chunk) {
                            long id = firstId + (c.ordinal() - fromOrdinal);
                            row(
                                    rows,
                                    id,
                                    consultationId(c),
                                    c.hasAuthor()
                                            ? layout.accountIds[c.authorNumber() % layout.accountIds.length]
                                            : null,
                                    c.kind(),
                                    c.title(),
                                    c.body(),
                                    c.commune(),
                                    c.status(),
                                    c.createdAt(),
                                    c.publishedAt(),
                                    c.withdrawnAt(),
                                    c.origin(),
                                    c.organisation()
                                            ? layout.organisationIds[
                                                    c.territory().index()]
                                            : null,
                                    c.supports(),
                                    c.hidden() ? "t" : "f",
                                    c.hidden() ? "Propos injurieux (corpus de mesure)" : null);
                            long[] themeIds = layout.themeIds[c.territory().index() * 4 + c.consultation()];
                            for (int theme : c.themes()) {
                                row(themes, id, themeIds[theme]);
                            }
                            if (c.answer() != null) {
                                row(
                                        answers,
                                        id,
                                        c.answer(),
                                        "Le conseil a examiné cette contribution.",
                                        layout.answeringAccount,
                                        c.publishedAt().plusSeconds(7 * 86_400));
                            }
                            if (c.isPublic()) {
                                publicCount++;
                            }
                        }
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                    }
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                copy.copyIn(
                        "COPY contribution_theme (contribution_id, theme_id) FROM STDIN",
                        new java.io.StringReader(themes.toString()));
                copy.copyIn(
                        "COPY contribution_answer (contribution_id, status, text, answered_by, answered_at) FROM STDIN",
                        new java.io.StringReader(answers.toString()));
                connection.commit();
                return new Block(fromOrdinal, count, firstId, publicCount);
            } catch (java.io.IOException e) {
                connection.rollback();
                throw new SQLException(e);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** A block of ids taken from the identity sequence at once: nobody else gets them, and COPY may write them explicitly. */
    private static long reserveIds(Connection connection, int count) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                     SELECT nextval(s), setval(s, currval(s) + ? - 1)
                     FROM pg_get_serial_sequence('contribution', 'id') s""".replace("?", Integer.toString(Math.max(1, count))))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** VACUUM ANALYZE of the tables written: the planner's statistics, as after any bulk load. */
    void vacuumAnalyze() {
        database.with(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE contribution, contribution_theme, contribution_answer");
            }
            return null;
        });
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
                continue;
            }
            String text = value.toString();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\n');
    }

    /** Each territory's council with its number of public contributions in a block, the largest first. */
    List<long[]> councilSizes(Block block) {
        return database.with(connection -> {
            List<long[]> sizes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT k.council_id, count(*) FROM contribution c JOIN consultation k ON k.id = c.consultation_id
                    WHERE c.id BETWEEN ? AND ? AND c.status <> 'DRAFT' AND NOT c.hidden GROUP BY k.council_id ORDER BY 2 DESC""")) {
                statement.setLong(1, block.firstId());
                statement.setLong(2, block.firstId() + block.count() - 1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sizes.add(new long[] {rows.getLong(1), rows.getLong(2)});
                    }
                }
            }
            return sizes;
        });
    }
}
