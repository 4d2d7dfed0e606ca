package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;

import java.util.List;

/** A sitting's agenda of motions, in order (table {@code sitting_agenda}). */
@Singleton
public class SittingAgenda {

    /** An agenda line: the motion and its title. */
    public record Item(long motionId, String title) {
    }

    private final Sql sql;

    public SittingAgenda(Sql sql) {
        this.sql = sql;
    }

    /** Writes the agenda anew, numbered from 1 in the given order. */
    public void replace(long sittingId, List<Long> motionIds) {
        sql.update("DELETE FROM sitting_agenda WHERE sitting_id = ?", sittingId);
        for (int i = 0; i < motionIds.size(); i++) {
            sql.update("INSERT INTO sitting_agenda (sitting_id, motion_id, position) VALUES (?, ?, ?)", sittingId, motionIds.get(i), i + 1);
        }
    }

    public List<Item> items(long sittingId) {
        return sql.list("SELECT m.id, m.title FROM sitting_agenda a JOIN motion m ON m.id = a.motion_id WHERE a.sitting_id = ? ORDER BY a.position",
                row -> new Item(row.getLong(1), row.getString(2)), sittingId);
    }

    /** The accounts of the council's members in office on the day, to be told of a change to a sitting they were convened to. */
    public List<Long> convened(long councilId, java.time.LocalDate day) {
        return sql.list("SELECT DISTINCT m.account_id FROM mandate m WHERE m.council_id = ? AND m.account_id IS NOT NULL "
                + "AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY 1", row -> row.getLong(1),
                councilId, day, day);
    }
}
