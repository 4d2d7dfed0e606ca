package fr.convergences.search;

import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionStatus;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads contributions from PostgreSQL, the truth, in the shape the index needs. */
@Singleton
public class IndexSourceStore {

    private static final String SELECT = """
            SELECT c.id, c.consultation_id, k.council_id, c.author_account_id, c.kind, c.title, c.body, c.commune_insee, c.status,
                   c.published_at, c.origin, c.organisation_id, c.hidden, c.support_count, a.status,
                   ARRAY(SELECT t.theme_id FROM contribution_theme t WHERE t.contribution_id = c.id ORDER BY t.theme_id),
                   (SELECT string_agg(d.body, E'\\n\\n' ORDER BY d.created_at, d.id) FROM contribution_addendum d WHERE d.contribution_id = c.id)
            FROM contribution c
            JOIN consultation k ON k.id = c.consultation_id
            LEFT JOIN contribution_answer a ON a.contribution_id = c.id
            """;
    private static final String PUBLIC = "c.status = 'PUBLISHED' AND NOT c.hidden";

    private final SearchDatabase database;

    public IndexSourceStore(SearchDatabase database) {
        this.database = database;
    }

    /** The current state of these contributions; an id missing from the map no longer exists. */
    Map<Long, IndexedContribution> load(Collection<Long> ids) {
        return database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE c.id = ANY (?)")) {
                Array array = connection.createArrayOf("bigint", ids.toArray());
                statement.setArray(1, array);
                Map<Long, IndexedContribution> found = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        IndexedContribution contribution = read(rows);
                        found.put(contribution.id(), contribution);
                    }
                }
                return found;
            }
        });
    }

    /** The next page of public contributions after an id, in id order: a rebuild walks the table with it. */
    List<IndexedContribution> publicAfter(long afterId, int limit) {
        return database.with(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(SELECT + " WHERE c.id > ? AND " + PUBLIC + " ORDER BY c.id LIMIT ?")) {
                statement.setLong(1, afterId);
                statement.setInt(2, limit);
                List<IndexedContribution> page = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(read(rows));
                    }
                }
                return page;
            }
        });
    }

    long countPublic() {
        return database.with(connection -> {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT count(*) FROM contribution c WHERE " + PUBLIC);
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static IndexedContribution read(ResultSet rows) throws SQLException {
        Timestamp published = rows.getTimestamp(10);
        String answer = rows.getString(15);
        Long[] themes = (Long[]) rows.getArray(16).getArray();
        return new IndexedContribution(
                rows.getLong(1),
                rows.getLong(2),
                rows.getLong(3),
                rows.getObject(4, Long.class),
                ContributionKind.valueOf(rows.getString(5)),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                ContributionStatus.valueOf(rows.getString(9)),
                published == null ? null : published.toInstant(),
                ContributionOrigin.valueOf(rows.getString(11)),
                rows.getObject(12, Long.class),
                rows.getBoolean(13),
                rows.getInt(14),
                answer == null ? null : AnswerStatus.valueOf(answer),
                Arrays.asList(themes),
                rows.getString(17));
    }
}
