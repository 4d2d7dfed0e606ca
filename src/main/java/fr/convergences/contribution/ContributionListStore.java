package fr.convergences.contribution;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public list of a consultation's contributions, one page at a time, sorted and filtered in
 * PostgreSQL (partial indexes per sort order; counters kept by triggers), so that a consultation
 * with ten thousand contributions costs the same page as one with ten. Drafts and hidden
 * contributions are never listed; withdrawn ones are, marked as such.
 */
@Singleton
public class ContributionListStore {

    private static final String FROM = " FROM contribution c";
    /** Joined only when an answer status is filtered on or shown: counting needs no join otherwise. */
    private static final String ANSWERS = " LEFT JOIN contribution_answer a ON a.contribution_id = c.id";
    /** What the list shows besides the filters' tables: names of the commune, organisation and collector. */
    private static final String NAMES = """
             LEFT JOIN contribution_mediation med ON med.contribution_id = c.id
             LEFT JOIN commune m ON m.insee_code = c.commune_insee
             LEFT JOIN organisation o ON o.id = c.organisation_id
             LEFT JOIN organisation mo ON mo.id = med.organisation_id
             LEFT JOIN account v ON v.id = med.collected_by""";

    private static final String VISIBLE = " WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden";

    private final JdbcOperations jdbc;

    public ContributionListStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ContributionSlice browse(ContributionQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = VISIBLE + filters(query, parameters);
        boolean answerFilter = query.unanswered() || query.answerStatus() != null;
        long total =
                jdbc.prepareStatement("SELECT count(*) " + FROM + (answerFilter ? ANSWERS : "") + where, statement -> {
                    bind(statement, parameters);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
        String order = switch (query.sort()) {
            case NEWEST -> "c.published_at DESC, c.id DESC";
            case MOST_SUPPORTED -> "c.support_count DESC, c.id DESC";
            case MOST_DISCUSSED -> "c.comment_count DESC, c.id DESC";
        };
        // A page past the end (an old link, a hand-typed ?page=99) shows the last page, not "Page 99 sur 10" and
        // nothing.
        int page = Math.clamp(query.page(), 1, ContributionSlice.pageCount(total));
        String sql = """
                SELECT c.id, c.kind, c.title, left(c.body, 280), c.commune_insee, m.name, c.status, c.origin, c.published_at,
                       c.support_count, c.comment_count, a.status, o.name, coalesce(mo.name, v.display_name), med.place
                """ + FROM + ANSWERS + " " + NAMES + where + " ORDER BY " + order + " LIMIT "
                + ContributionQuery.PAGE_SIZE + " OFFSET " + (long) (page - 1) * ContributionQuery.PAGE_SIZE;
        List<ContributionSummary> items = jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            List<ContributionSummary> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(summary(rows));
                }
            }
            return found;
        });
        return new ContributionSlice(items, total, page);
    }

    /** How many public contributions came online and how many were collected offline (a participation figure). */
    @Transactional(readOnly = true)
    public Map<ContributionOrigin, Long> countByOrigin(long consultationId) {
        return jdbc.prepareStatement(
                "SELECT c.origin, count(*) " + FROM + VISIBLE + " GROUP BY c.origin", statement -> {
                    statement.setLong(1, consultationId);
                    Map<ContributionOrigin, Long> counts = new EnumMap<>(ContributionOrigin.class);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            counts.put(ContributionOrigin.valueOf(rows.getString(1)), rows.getLong(2));
                        }
                    }
                    return counts;
                });
    }

    /** The communes that public contributions of the consultation name, for the commune filter (code → name). */
    @Transactional(readOnly = true)
    public Map<String, String> communes(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT d.code, coalesce(m.name, d.code) AS label
                FROM (SELECT DISTINCT c.commune_insee AS code FROM contribution c
                      WHERE c.consultation_id = ? AND c.status = 'PUBLISHED' AND NOT c.hidden AND c.commune_insee IS NOT NULL) d
                LEFT JOIN commune m ON m.insee_code = d.code ORDER BY label""", statement -> {
            statement.setLong(1, consultationId);
            Map<String, String> communes = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    communes.put(rows.getString(1), rows.getString(2));
                }
            }
            return communes;
        });
    }

    private static String filters(ContributionQuery query, List<Object> parameters) {
        parameters.add(query.consultationId());
        StringBuilder sql = new StringBuilder();
        if (query.themeId() != null) {
            sql.append(
                    " AND EXISTS (SELECT 1 FROM contribution_theme t WHERE t.contribution_id = c.id AND t.theme_id = ?)");
            parameters.add(query.themeId());
        }
        if (query.kind() != null) {
            sql.append(" AND c.kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.unanswered()) {
            sql.append(" AND a.contribution_id IS NULL");
        } else if (query.answerStatus() != null) {
            sql.append(" AND a.status = ?");
            parameters.add(query.answerStatus().name());
        }
        if (query.communeInsee() != null) {
            sql.append(" AND c.commune_insee = ?");
            parameters.add(query.communeInsee());
        }
        if (query.origin() != null) {
            sql.append(" AND c.origin = ?");
            parameters.add(query.origin().name());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static ContributionSummary summary(ResultSet rows) throws SQLException {
        String answer = rows.getString(12);
        return new ContributionSummary(
                rows.getLong(1),
                ContributionKind.valueOf(rows.getString(2)),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                ContributionStatus.valueOf(rows.getString(7)),
                ContributionOrigin.valueOf(rows.getString(8)),
                rows.getTimestamp(9).toInstant(),
                rows.getInt(10),
                rows.getInt(11),
                answer == null ? null : AnswerStatus.valueOf(answer),
                rows.getString(13),
                rows.getString(14),
                rows.getString(15));
    }
}
