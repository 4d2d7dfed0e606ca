package fr.convergences.convergence;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The regional syntheses' tables: the stored draft with its consultations, and the published versions (JSON kept as the
 * application wrote it). Lists of ids travel as PostgreSQL array literals ({@code {1,2}}), one parameter each.
 */
@Singleton
class RegionalSynthesisStore {

    private final Sql sql;

    RegionalSynthesisStore(Sql sql) {
        this.sql = sql;
    }

    /** The draft: title, framing, the introductions as JSON (theme key → text), and the consultations picked. */
    record Draft(long id, String title, String framing, String introductionsJson, List<Long> consultations) {}

    long create(
            String title,
            String framing,
            String introductionsJson,
            List<Long> consultations,
            long accountId,
            Instant at) {
        long id = sql.one("""
                INSERT INTO regional_synthesis (title, framing, introductions, created_by, updated_by, updated_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?) RETURNING id""", row -> row.getLong(1), title, framing, introductionsJson, accountId, accountId, at)
                .orElseThrow();
        pick(id, consultations);
        return id;
    }

    /** The draft, locked until the transaction ends (two editors publishing at once get consecutive numbers). */
    Optional<Draft> draftForUpdate(long id) {
        sql.list("SELECT id FROM regional_synthesis WHERE id = ? FOR UPDATE", row -> row.getLong(1), id);
        return draft(id);
    }

    Optional<Draft> draft(long id) {
        return sql.one(
                """
                SELECT r.id, r.title, r.framing, r.introductions::text,
                       (SELECT coalesce(array_to_string(array_agg(p.consultation_id ORDER BY p.consultation_id), ','), '')
                        FROM regional_synthesis_consultation p WHERE p.regional_synthesis_id = r.id)
                FROM regional_synthesis r WHERE r.id = ?""",
                row -> new Draft(
                        row.getLong(1), row.getString(2), row.getString(3), row.getString(4), ids(row.getString(5))),
                id);
    }

    void save(
            long id,
            String title,
            String framing,
            String introductionsJson,
            List<Long> consultations,
            long accountId,
            Instant at) {
        sql.update(
                "UPDATE regional_synthesis SET title = ?, framing = ?, introductions = ?::jsonb, updated_by = ?, updated_at = ? WHERE id = ?",
                title,
                framing,
                introductionsJson,
                accountId,
                at,
                id);
        sql.update("DELETE FROM regional_synthesis_consultation WHERE regional_synthesis_id = ?", id);
        pick(id, consultations);
    }

    private void pick(long id, List<Long> consultations) {
        sql.batch(
                "INSERT INTO regional_synthesis_consultation (regional_synthesis_id, consultation_id) VALUES (?, ?)",
                consultations.stream()
                        .map(consultation -> new Object[] {id, consultation})
                        .toList());
    }

    /** A published version as stored. */
    record Version(
            int number,
            List<Long> consultations,
            String title,
            String framing,
            String structureJson,
            Instant publishedAt) {}

    /** Adds the next version, numbered one past the last (call with the draft locked). */
    int publish(
            long id,
            List<Long> consultations,
            String title,
            String framing,
            String structureJson,
            long accountId,
            Instant at) {
        return sql.one(
                        """
                INSERT INTO regional_synthesis_version (regional_synthesis_id, number, consultations, title, framing, structure, published_by,
                  published_at)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM regional_synthesis_version WHERE regional_synthesis_id = ?), ?::bigint[], ?, ?,
                  ?::jsonb, ?, ?)
                RETURNING number""",
                        row -> row.getInt(1),
                        id,
                        id,
                        array(consultations),
                        title,
                        framing,
                        structureJson,
                        accountId,
                        at)
                .orElseThrow();
    }

    Optional<Version> version(long id, int number) {
        return sql.one(
                """
                SELECT number, array_to_string(consultations, ','), title, framing, structure::text, published_at
                FROM regional_synthesis_version WHERE regional_synthesis_id = ? AND number = ?""",
                row -> new Version(
                        row.getInt(1),
                        ids(row.getString(2)),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()),
                id,
                number);
    }

    /** The published versions of one regional synthesis, the newest first (without their structure). */
    List<Version> versions(long id) {
        return sql.list(
                """
                SELECT number, array_to_string(consultations, ','), title, published_at FROM regional_synthesis_version
                WHERE regional_synthesis_id = ? ORDER BY number DESC""",
                row -> new Version(
                        row.getInt(1),
                        ids(row.getString(2)),
                        row.getString(3),
                        "",
                        "",
                        row.getTimestamp(4).toInstant()),
                id);
    }

    /** A regional synthesis as the public lists it: its id and its latest version (number, title, consultations, date). */
    record Latest(long id, Version version) {}

    /** Every regional synthesis with at least one published version, the most recently published first. */
    List<Latest> published() {
        return sql
                .list(
                        """
                SELECT DISTINCT ON (v.regional_synthesis_id) v.regional_synthesis_id, v.number, array_to_string(v.consultations, ','), v.title,
                       v.published_at
                FROM regional_synthesis_version v ORDER BY v.regional_synthesis_id, v.number DESC""",
                        row -> new Latest(
                                row.getLong(1),
                                new Version(
                                        row.getInt(2),
                                        ids(row.getString(3)),
                                        row.getString(4),
                                        "",
                                        "",
                                        row.getTimestamp(5).toInstant())))
                .stream()
                .sorted((first, second) ->
                        second.version().publishedAt().compareTo(first.version().publishedAt()))
                .toList();
    }

    boolean hasVersion(long id) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM regional_synthesis_version WHERE regional_synthesis_id = ?)", id);
    }

    /** The council of each contribution (its consultation's), by name: what a regional document says after each quote. */
    Map<Long, String> councilNames(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        sql.list("""
                SELECT c.id, k.name FROM contribution c JOIN consultation s ON s.id = c.consultation_id JOIN council k ON k.id = s.council_id
                WHERE c.id = ANY (?::bigint[])""", row -> names.put(row.getLong(1), row.getString(2)), array(contributionIds));
        return names;
    }

    /** The council of each contribution, by id: the engine's "source" when convergences of several councils are compared. */
    Map<Long, Long> councilIds(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> councils = new HashMap<>();
        sql.list("""
                SELECT c.id, s.council_id FROM contribution c JOIN consultation s ON s.id = c.consultation_id WHERE c.id = ANY (?::bigint[])""", row -> councils.put(row.getLong(1), row.getLong(2)), array(contributionIds));
        return councils;
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::parseLong).toList();
    }
}
