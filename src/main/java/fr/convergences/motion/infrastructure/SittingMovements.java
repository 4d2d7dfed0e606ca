package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.SittingMovement;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who came and went during a sitting (table {@code sitting_movement}), and the attendance rows those movements change:
 * a departure or a corrected check-in removes the member from {@code sitting_attendance}, so that the roll, the quorum
 * and the right to vote all follow at once.
 */
@Singleton
public class SittingMovements {

    private final Sql sql;

    public SittingMovements(Sql sql) {
        this.sql = sql;
    }

    public void record(long sittingId, long mandateId, SittingMovement.Kind kind, Instant at, Long recordedBy) {
        sql.update(
                "INSERT INTO sitting_movement (sitting_id, mandate_id, kind, at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                sittingId,
                mandateId,
                kind.name(),
                at,
                recordedBy);
    }

    /** Removes the member's attendance (a departure, or a check-in made by mistake); false when they were not present. */
    public boolean leave(long sittingId, long mandateId) {
        return sql.update(
                        "DELETE FROM sitting_attendance WHERE sitting_id = ? AND mandate_id = ?", sittingId, mandateId)
                > 0;
    }

    /** The account recorded as present for the mandate, if any. */
    public java.util.Optional<Long> presentAccount(long sittingId, long mandateId) {
        return sql.one(
                "SELECT account_id FROM sitting_attendance WHERE sitting_id = ? AND mandate_id = ?",
                row -> row.getLong(1),
                sittingId,
                mandateId);
    }

    public List<SittingMovement> movements(long sittingId) {
        return sql.list(
                "SELECT s.at, s.kind, s.mandate_id, m.person_name FROM sitting_movement s JOIN mandate m ON m.id = s.mandate_id "
                        + "WHERE s.sitting_id = ? ORDER BY s.at, s.id",
                row -> new SittingMovement(
                        Objects.requireNonNull(Sql.instant(row, "at"), "sitting_movement.at is NOT NULL"),
                        SittingMovement.Kind.valueOf(row.getString(2)),
                        row.getLong(3),
                        row.getString(4)),
                sittingId);
    }
}
