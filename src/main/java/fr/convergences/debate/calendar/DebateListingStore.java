package fr.convergences.debate.calendar;

import fr.convergences.base.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The public calendar of debates, filtered in PostgreSQL: approved (not cancelled) debates only, by council,
 * commune, theme name and period. Public reading: no permission needed, and nothing personal is read.
 */
@Singleton
public class DebateListingStore {

    /** A calendar page never lists more: a month of a busy territory stays far below it. */
    static final int LIMIT = 500;

    private final Sql sql;

    public DebateListingStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<DebateListing> list(DebateFilter filter) {
        return list(filter, LIMIT);
    }

    /** The same, the first {@code limit} only (the home page shows the next few). */
    @Transactional(readOnly = true)
    public List<DebateListing> list(DebateFilter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE d.status = 'PUBLISHED'");
        if (filter.to() == null) {
            where.append(" AND d.ends_at > ?");
            parameters.add(Timestamp.from(filter.from()));
        } else {
            where.append(" AND d.starts_at >= ? AND d.starts_at < ?");
            parameters.add(Timestamp.from(filter.from()));
            parameters.add(Timestamp.from(filter.to()));
        }
        if (filter.councilSlug() != null) {
            where.append(" AND c.slug = ?");
            parameters.add(filter.councilSlug());
        }
        if (filter.communeInsee() != null) {
            where.append(" AND d.commune_insee = ?");
            parameters.add(filter.communeInsee());
        }
        if (filter.theme() != null) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM debate_theme dt JOIN theme th ON th.id = dt.theme_id WHERE dt.debate_id = d.id AND lower(th.name) = lower(?))");
            parameters.add(filter.theme());
        }
        return sql.list(
                """
                SELECT d.id, d.title, d.description, d.starts_at, d.ends_at, d.place, d.commune_insee, m.name, d.online_url, c.name, c.slug,
                       t.time_zone, d.consultation_id, k.title, d.capacity,
                       (SELECT count(*) FROM debate_registration r WHERE r.debate_id = d.id AND r.status = 'CONFIRMED'),
                       (SELECT string_agg(th.name, '|' ORDER BY th.position) FROM debate_theme dt JOIN theme th ON th.id = dt.theme_id
                        WHERE dt.debate_id = d.id), d.version
                FROM debate d JOIN council c ON c.id = d.council_id JOIN territory t ON t.id = c.territory_id
                JOIN consultation k ON k.id = d.consultation_id LEFT JOIN commune m ON m.insee_code = d.commune_insee
                """ + where + " ORDER BY d.starts_at, d.id LIMIT " + Math.max(0, Math.min(limit, LIMIT)),
                DebateListingStore::listing,
                parameters.toArray());
    }

    /**
     * Public debates that are over, the latest first, one page at a time, with their minutes and outcome. A page past
     * the last one gives the last one (a link kept from when there were more).
     */
    @Transactional(readOnly = true)
    public PastPage past(java.time.Instant now, int page, int pageSize) {
        Timestamp at = Timestamp.from(now);
        long total = sql.list(
                        "SELECT count(*) FROM debate d WHERE d.status = 'PUBLISHED' AND d.ends_at <= ?",
                        rows -> rows.getLong(1),
                        at)
                .getFirst();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(1, page), pages);
        List<PastDebate> debates = sql.list(
                """
                SELECT d.id, d.title, d.starts_at, d.ends_at, t.time_zone, c.name, d.minutes,
                       (SELECT a.total FROM debate_attendance a WHERE a.debate_id = d.id),
                       (SELECT count(*) FROM debate_contribution x JOIN contribution k ON k.id = x.contribution_id
                        WHERE x.debate_id = d.id AND k.status = 'PUBLISHED' AND NOT k.hidden)
                FROM debate d JOIN council c ON c.id = d.council_id JOIN territory t ON t.id = c.territory_id
                WHERE d.status = 'PUBLISHED' AND d.ends_at <= ? ORDER BY d.starts_at DESC, d.id DESC LIMIT ? OFFSET ?""",
                rows -> new PastDebate(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getTimestamp(3).toInstant(),
                        rows.getTimestamp(4).toInstant(),
                        ZoneId.of(rows.getString(5)),
                        rows.getString(6),
                        rows.getString(7),
                        (Integer) rows.getObject(8),
                        rows.getLong(9)),
                at,
                pageSize,
                (shown - 1) * pageSize);
        return new PastPage(debates, shown, pages, total);
    }

    /** A debate that is over, as the list of past debates shows it: its minutes (Markdown, or null), attendance and contributions. */
    public record PastDebate(
            long id,
            String title,
            java.time.Instant startsAt,
            java.time.Instant endsAt,
            ZoneId zone,
            String councilName,
            @Nullable String minutes,
            @Nullable Integer attendance,
            long contributions) {}

    /** One page of past debates: which page is shown (1-based), out of how many, and how many debates in all. */
    public record PastPage(List<PastDebate> debates, int page, int pages, long total) {}

    /** The choices of the filters: councils (slug → name), communes (code → name) and theme names of the listed debates. */
    @Transactional(readOnly = true)
    public Choices choices(DebateFilter filter) {
        List<DebateListing> listed = list(filter.withoutPlaceAndTheme());
        Map<String, String> communes = new LinkedHashMap<>();
        TreeSet<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        listed.stream()
                .<Map.Entry<String, String>>mapMulti((debate, placed) -> {
                    // a listing has a commune's name exactly when it has its code (see listing below)
                    String insee = debate.communeInsee();
                    String name = debate.communeName();
                    if (insee != null && name != null) {
                        placed.accept(Map.entry(insee, name));
                    }
                })
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(commune -> communes.put(commune.getKey(), commune.getValue()));
        listed.forEach(debate -> themes.addAll(debate.themes()));
        Map<String, String> councils = new LinkedHashMap<>();
        sql.list(
                "SELECT DISTINCT c.slug, c.name FROM debate d JOIN council c ON c.id = d.council_id WHERE d.status = 'PUBLISHED' ORDER BY c.name",
                rows -> councils.put(rows.getString(1), rows.getString(2)));
        return new Choices(councils, communes, List.copyOf(themes));
    }

    public record Choices(Map<String, String> councils, Map<String, String> communes, List<String> themes) {}

    private static DebateListing listing(ResultSet rows) throws SQLException {
        String themes = rows.getString(17);
        String commune = rows.getString(7);
        return new DebateListing(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getTimestamp(4).toInstant(),
                rows.getTimestamp(5).toInstant(),
                rows.getString(6),
                commune,
                rows.getString(8) == null ? commune : rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                rows.getString(11),
                ZoneId.of(rows.getString(12)),
                rows.getLong(13),
                rows.getString(14),
                rows.getInt(15),
                rows.getLong(16),
                themes == null ? List.of() : Arrays.asList(themes.split("\\|")),
                rows.getLong(18));
    }
}
