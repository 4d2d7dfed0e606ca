package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The reasons of cancelled motions and sittings (tables {@code motion_cancellation}, {@code sitting_cancellation}),
 * and the agenda questions a cancellation asks first.
 */
@Singleton
public class Cancellations {

    /** A motion's cancellation as its page shows it. */
    public record Cancellation(String reason, Instant at, boolean wasPublic) {}

    private final Sql sql;

    public Cancellations(Sql sql) {
        this.sql = sql;
    }

    public void recordMotion(long motionId, boolean wasPublic, String reason, long by, Instant at) {
        sql.update(
                "INSERT INTO motion_cancellation (motion_id, was_public, reason, cancelled_by, cancelled_at) VALUES (?, ?, ?, ?, ?)",
                motionId,
                wasPublic,
                reason,
                by,
                at);
    }

    public Optional<Cancellation> ofMotion(long motionId) {
        return sql.one(
                "SELECT reason, cancelled_at, was_public FROM motion_cancellation WHERE motion_id = ?",
                row -> new Cancellation(
                        row.getString(1),
                        Objects.requireNonNull(Sql.instant(row, "cancelled_at"), "cancelled_at is NOT NULL"),
                        row.getBoolean(3)),
                motionId);
    }

    public void recordSitting(long sittingId, String reason, long by, Instant at) {
        sql.update(
                "INSERT INTO sitting_cancellation (sitting_id, reason, cancelled_by, cancelled_at) VALUES (?, ?, ?, ?)",
                sittingId,
                reason,
                by,
                at);
    }

    public Optional<String> ofSitting(long sittingId) {
        return sql.one(
                "SELECT reason FROM sitting_cancellation WHERE sitting_id = ?", row -> row.getString(1), sittingId);
    }

    /** Whether the motion is on the agenda of a sitting still to be held (convened, not closed nor cancelled). */
    public boolean onAgendaToCome(long motionId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting_agenda a JOIN sitting s ON s.id = a.sitting_id WHERE a.motion_id = ? "
                        + "AND s.status = 'CONVENED')",
                motionId);
    }
}
