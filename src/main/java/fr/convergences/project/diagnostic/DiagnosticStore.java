package fr.convergences.project.diagnostic;

import fr.convergences.base.database.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The persistence home of a diagnostic version's content (sections, needs, commune figures, priority communes) and of
 * the projet actions' links to its needs: rows written and read as sets, and copied whole from one version to the next.
 */
@Singleton
public class DiagnosticStore {

    /** A section: a theme of the synthesis and the editor's text about it. */
    public record Section(long id, long versionId, int position, String title, String text) {}

    /** A need as the diagnostic names it: its stable reference, its voices in words, and one quote (if any). */
    public record Need(
            long id,
            long sectionId,
            long reference,
            int position,
            String title,
            String voices,
            int contributions,
            @Nullable Long convergenceId,
            @Nullable String quote,
            @Nullable String quoteSource,
            @Nullable Long quoteContributionId) {}

    /** A section to write, with its needs. */
    public record NewSection(String title, String text, List<NewNeed> needs) {}

    /** A need to write; a known reference keeps it the same need as in the version before. */
    public record NewNeed(
            @Nullable Long reference,
            String title,
            String voices,
            int contributions,
            @Nullable Long convergenceId,
            @Nullable String quote,
            @Nullable String quoteSource,
            @Nullable Long quoteContributionId) {}

    /** One figure of one commune. */
    public record Figure(String figure, String inseeCode, BigDecimal value, String source) {}

    public record Priority(String inseeCode, String reason) {}

    /** A projet action that answers a need. */
    public record AnsweringAction(long needReference, long actionId, String actionTitle) {}

    /** A need an action answers, with the title it had when linked. */
    public record AnsweredNeed(long reference, String title) {}

    private final Sql sql;
    private final JdbcOperations jdbc;

    public DiagnosticStore(Sql sql) {
        this.sql = sql;
        this.jdbc = sql.jdbc();
    }

    public List<Section> sections(long versionId) {
        return sql.list(
                "SELECT id, version_id, position, title, text FROM diagnostic_section WHERE version_id = ? ORDER BY position",
                row -> new Section(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4), row.getString(5)),
                versionId);
    }

    public Optional<Section> section(long sectionId) {
        return sql
                .list(
                        "SELECT id, version_id, position, title, text FROM diagnostic_section WHERE id = ?",
                        row -> new Section(
                                row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4), row.getString(5)),
                        sectionId)
                .stream()
                .findFirst();
    }

    public List<Need> needs(long versionId) {
        return sql.list("""
                SELECT n.id, n.section_id, n.reference, n.position, n.title, n.voices, n.contributions, n.convergence_id, n.quote,
                       n.quote_source, n.quote_contribution_id
                FROM diagnostic_need n JOIN diagnostic_section s ON s.id = n.section_id
                WHERE n.version_id = ? ORDER BY s.position, n.position""", DiagnosticStore::need, versionId);
    }

    /** Replaces the version's sections and needs with these. */
    public void replaceContent(long versionId, List<NewSection> sections) {
        sql.update("DELETE FROM diagnostic_need WHERE version_id = ?", versionId);
        sql.update("DELETE FROM diagnostic_section WHERE version_id = ?", versionId);
        int position = 0;
        for (NewSection section : sections) {
            long sectionId = insertReturningId(
                    "INSERT INTO diagnostic_section (version_id, position, title, text) VALUES (?, ?, ?, ?) RETURNING id",
                    versionId,
                    ++position,
                    section.title(),
                    section.text());
            int needPosition = 0;
            for (NewNeed need : section.needs()) {
                sql.update(
                        """
                        INSERT INTO diagnostic_need (version_id, section_id, reference, position, title, voices, contributions, convergence_id,
                            quote, quote_source, quote_contribution_id)
                        VALUES (?, ?, COALESCE(?::bigint, nextval('diagnostic_need_reference')), ?, ?, ?, ?, ?, ?, ?, ?)""",
                        versionId,
                        sectionId,
                        need.reference(),
                        ++needPosition,
                        need.title(),
                        need.voices(),
                        need.contributions(),
                        need.convergenceId(),
                        need.quote(),
                        need.quoteSource(),
                        need.quoteContributionId());
            }
        }
    }

    public int updateSectionText(long sectionId, String text) {
        return sql.update("UPDATE diagnostic_section SET text = ? WHERE id = ?", text, sectionId);
    }

    /** Copies a version's whole content into another (a new version starts as the published one). */
    public void copy(long fromVersion, long toVersion) {
        sql.update(
                "INSERT INTO diagnostic_section (version_id, position, title, text) SELECT ?, position, title, text FROM diagnostic_section WHERE version_id = ?",
                toVersion,
                fromVersion);
        sql.update("""
                INSERT INTO diagnostic_need (version_id, section_id, reference, position, title, voices, contributions, convergence_id, quote,
                    quote_source, quote_contribution_id)
                SELECT ?, target.id, n.reference, n.position, n.title, n.voices, n.contributions, n.convergence_id, n.quote, n.quote_source,
                       n.quote_contribution_id
                FROM diagnostic_need n
                JOIN diagnostic_section origin ON origin.id = n.section_id
                JOIN diagnostic_section target ON target.version_id = ? AND target.position = origin.position
                WHERE n.version_id = ?""", toVersion, toVersion, fromVersion);
        sql.update(
                "INSERT INTO diagnostic_commune_figure (version_id, figure, insee_code, value, source) SELECT ?, figure, insee_code, value, source "
                        + "FROM diagnostic_commune_figure WHERE version_id = ?",
                toVersion,
                fromVersion);
        sql.update(
                "INSERT INTO diagnostic_priority_commune (version_id, insee_code, reason) SELECT ?, insee_code, reason "
                        + "FROM diagnostic_priority_commune WHERE version_id = ?",
                toVersion,
                fromVersion);
    }

    public List<Figure> figures(long versionId) {
        return sql.list(
                "SELECT figure, insee_code, value, source FROM diagnostic_commune_figure WHERE version_id = ? ORDER BY figure, insee_code",
                row -> new Figure(row.getString(1), row.getString(2), row.getBigDecimal(3), row.getString(4)),
                versionId);
    }

    /** Replaces the version's values of these figures with the given ones (a new file of the same figures replaces the old). */
    public void replaceFigures(long versionId, Collection<String> figureNames, List<Figure> values) {
        for (String figure : figureNames) {
            sql.update("DELETE FROM diagnostic_commune_figure WHERE version_id = ? AND figure = ?", versionId, figure);
        }
        jdbc.prepareStatement(
                "INSERT INTO diagnostic_commune_figure (version_id, figure, insee_code, value, source) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    for (Figure value : values) {
                        statement.setLong(1, versionId);
                        statement.setString(2, value.figure());
                        statement.setString(3, value.inseeCode());
                        statement.setBigDecimal(4, value.value());
                        statement.setString(5, value.source());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    public List<Priority> priorities(long versionId) {
        return sql.list(
                "SELECT insee_code, reason FROM diagnostic_priority_commune WHERE version_id = ? ORDER BY insee_code",
                row -> new Priority(row.getString(1), row.getString(2)),
                versionId);
    }

    public void flag(long versionId, String inseeCode, String reason) {
        sql.update("""
                INSERT INTO diagnostic_priority_commune (version_id, insee_code, reason) VALUES (?, ?, ?)
                ON CONFLICT (version_id, insee_code) DO UPDATE SET reason = EXCLUDED.reason""", versionId, inseeCode, reason);
    }

    public int unflag(long versionId, String inseeCode) {
        return sql.update(
                "DELETE FROM diagnostic_priority_commune WHERE version_id = ? AND insee_code = ?",
                versionId,
                inseeCode);
    }

    /** The council whose projet holds the action, if the action exists. */
    public Optional<Long> councilOfAction(long actionId) {
        return sql.list("""
                SELECT p.council_id FROM project_action a JOIN project_axis x ON x.id = a.axis_id JOIN health_project p ON p.id = x.project_id
                WHERE a.id = ?""", row -> row.getLong(1), actionId).stream().findFirst();
    }

    /** Links the action to the need unless it is already linked; true when added. */
    public boolean addActionNeed(long actionId, long reference, String title) {
        return sql.update(
                        "INSERT INTO project_action_need (action_id, need_reference, title) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        actionId,
                        reference,
                        title)
                == 1;
    }

    public List<AnsweredNeed> needsOfAction(long actionId) {
        return sql.list(
                "SELECT need_reference, title FROM project_action_need WHERE action_id = ? ORDER BY title, need_reference",
                row -> new AnsweredNeed(row.getLong(1), row.getString(2)),
                actionId);
    }

    public List<AnsweringAction> actionsAnswering(Collection<Long> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT n.need_reference, a.id, a.title FROM project_action_need n JOIN project_action a ON a.id = n.action_id
                WHERE n.need_reference = ANY (?) ORDER BY a.title, a.id""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", references.toArray()));
            List<AnsweringAction> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new AnsweringAction(row.getLong(1), row.getLong(2), row.getString(3)));
                }
            }
            return rows;
        });
    }

    private static Need need(ResultSet row) throws SQLException {
        return new Need(
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                row.getInt(4),
                row.getString(5),
                row.getString(6),
                row.getInt(7),
                row.getObject(8, Long.class),
                row.getString(9),
                row.getString(10),
                row.getObject(11, Long.class));
    }

    private long insertReturningId(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
