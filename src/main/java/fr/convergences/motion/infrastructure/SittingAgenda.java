package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.AgendaOrder;
import fr.convergences.motion.model.AgendaPoint;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** A sitting's agenda, in order: motions and other points (table {@code sitting_agenda}). */
@Singleton
public class SittingAgenda {

    /**
     * An agenda line: a motion (its id and title), or a point (its kind, and its title, which questions diverses may
     * lack).
     */
    public record Item(@Nullable Long motionId, @Nullable AgendaPoint.Kind kind, @Nullable String title) {

        public boolean isMotion() {
            return motionId != null;
        }
    }

    private final Sql sql;

    public SittingAgenda(Sql sql) {
        this.sql = sql;
    }

    /** Writes the agenda anew, numbered from 1 in the given order. */
    public void replace(long sittingId, List<AgendaOrder.Line> lines) {
        sql.update("DELETE FROM sitting_agenda WHERE sitting_id = ?", sittingId);
        for (int i = 0; i < lines.size(); i++) {
            AgendaOrder.Line line = lines.get(i);
            if (line.motionId() != null) {
                sql.update("INSERT INTO sitting_agenda (sitting_id, motion_id, position) VALUES (?, ?, ?)", sittingId, line.motionId(), i + 1);
            } else {
                AgendaPoint point = java.util.Objects.requireNonNull(line.point());
                sql.update("INSERT INTO sitting_agenda (sitting_id, kind, title, position) VALUES (?, ?, ?, ?)", sittingId, point.kind().name(),
                        point.title(), i + 1);
            }
        }
    }

    public List<Item> items(long sittingId) {
        return sql.list("SELECT a.motion_id, a.kind, coalesce(m.title, a.title) FROM sitting_agenda a LEFT JOIN motion m ON m.id = a.motion_id "
                        + "WHERE a.sitting_id = ? ORDER BY a.position",
                row -> {
                    Long motionId = Sql.nullableLong(row, "motion_id");
                    return new Item(motionId, motionId != null ? null : AgendaPoint.Kind.valueOf(row.getString(2)), row.getString(3));
                }, sittingId);
    }

    /** Whether the motion is on the sitting's agenda (a vote in a sitting is on a motion of its agenda). */
    public boolean holds(long sittingId, long motionId) {
        return sql.exists("SELECT EXISTS (SELECT 1 FROM sitting_agenda WHERE sitting_id = ? AND motion_id = ?)", sittingId, motionId);
    }

    /** The accounts of the council's members in office on the day, to be told of a change to a sitting they were convened to. */
    public List<Long> convened(long councilId, java.time.LocalDate day) {
        return sql.list("SELECT DISTINCT m.account_id FROM mandate m WHERE m.council_id = ? AND m.account_id IS NOT NULL "
                + "AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY 1", row -> row.getLong(1),
                councilId, day, day);
    }
}
