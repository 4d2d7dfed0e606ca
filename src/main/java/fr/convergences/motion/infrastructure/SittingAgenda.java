package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.AgendaOrder;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.DocumentLink;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A sitting's agenda, in order: motions and other points (table {@code sitting_agenda}). */
@Singleton
public class SittingAgenda {

    /**
     * An agenda line: a motion (its id and title), or a point (its kind, and its title, which questions diverses may
     * lack); with its documents (a motion's attachments, or the point's own).
     */
    public record Item(
            @Nullable Long motionId,
            @Nullable AgendaPoint.Kind kind,
            @Nullable String title,
            List<DocumentLink> documents) {

        public boolean isMotion() {
            return motionId != null;
        }

        /** The kind of a line that is not a motion: the table's check gives every such line one. */
        public AgendaPoint.Kind pointKind() {
            return Objects.requireNonNull(kind, "sitting_agenda_item: a line without a motion has a kind");
        }
    }

    private record LineDocument(int position, DocumentLink document) {}

    private final Sql sql;

    public SittingAgenda(Sql sql) {
        this.sql = sql;
    }

    /** Writes the agenda anew, numbered from 1 in the given order; a point's documents go with its line. */
    public void replace(long sittingId, List<AgendaOrder.Line> lines) {
        sql.update("DELETE FROM sitting_agenda WHERE sitting_id = ?", sittingId);
        for (int i = 0; i < lines.size(); i++) {
            AgendaOrder.Line line = lines.get(i);
            if (line.motionId() != null) {
                sql.update(
                        "INSERT INTO sitting_agenda (sitting_id, motion_id, position) VALUES (?, ?, ?)",
                        sittingId,
                        line.motionId(),
                        i + 1);
            } else {
                AgendaPoint point = java.util.Objects.requireNonNull(line.point());
                sql.update(
                        "INSERT INTO sitting_agenda (sitting_id, kind, title, position) VALUES (?, ?, ?, ?)",
                        sittingId,
                        point.kind().name(),
                        point.title(),
                        i + 1);
                for (int d = 0; d < point.documents().size(); d++) {
                    sql.update(
                            "INSERT INTO sitting_agenda_document (sitting_id, position, rank, label, url) VALUES (?, ?, ?, ?, ?)",
                            sittingId,
                            i + 1,
                            d + 1,
                            point.documents().get(d).label(),
                            point.documents().get(d).url());
                }
            }
        }
    }

    public List<Item> items(long sittingId) {
        // A line's documents: a point's own, or its motion's attachments (a line is one or the other), by the line's
        // position.
        Map<Integer, List<DocumentLink>> documents = new LinkedHashMap<>();
        sql.list(
                        "SELECT d.position, d.rank, d.label, d.url FROM sitting_agenda_document d WHERE d.sitting_id = ? "
                                + "UNION ALL SELECT a.position, t.position, t.label, t.url FROM sitting_agenda a "
                                + "JOIN motion_attachment t ON t.motion_id = a.motion_id WHERE a.sitting_id = ? ORDER BY 1, 2",
                        row -> new LineDocument(row.getInt(1), new DocumentLink(row.getString(3), row.getString(4))),
                        sittingId,
                        sittingId)
                .forEach(line -> documents
                        .computeIfAbsent(line.position(), position -> new ArrayList<>())
                        .add(line.document()));
        return sql.list(
                "SELECT a.motion_id, a.kind, coalesce(m.title, a.title), a.position FROM sitting_agenda a LEFT JOIN motion m ON m.id = a.motion_id "
                        + "WHERE a.sitting_id = ? ORDER BY a.position",
                row -> {
                    Long motionId = Sql.nullableLong(row, "motion_id");
                    return new Item(
                            motionId,
                            motionId != null ? null : AgendaPoint.Kind.valueOf(row.getString(2)),
                            row.getString(3),
                            List.copyOf(documents.getOrDefault(row.getInt(4), List.of())));
                },
                sittingId);
    }

    /** Whether the motion is on the sitting's agenda (a vote in a sitting is on a motion of its agenda). */
    public boolean holds(long sittingId, long motionId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting_agenda WHERE sitting_id = ? AND motion_id = ?)",
                sittingId,
                motionId);
    }

    /** The accounts of the council's members in office on the day, to be told of a change to a sitting they were convened to. */
    public List<Long> convened(long councilId, java.time.LocalDate day) {
        return sql.list(
                "SELECT DISTINCT m.account_id FROM mandate m WHERE m.council_id = ? AND m.account_id IS NOT NULL "
                        + "AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY 1",
                row -> row.getLong(1),
                councilId,
                day,
                day);
    }
}
