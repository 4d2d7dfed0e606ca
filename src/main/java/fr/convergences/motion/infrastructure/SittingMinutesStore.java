package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The validation of a sitting's minutes (table {@code sitting_minutes}): who signed them, and when. */
@Singleton
public class SittingMinutesStore {

    /** Who validated the minutes (their name as it was then), and when. */
    public record Validation(long accountId, String name, Instant at) {}

    private final Sql sql;

    public SittingMinutesStore(Sql sql) {
        this.sql = sql;
    }

    public Optional<Validation> validation(long sittingId) {
        return sql.one(
                "SELECT validated_by, validator_name, validated_at FROM sitting_minutes WHERE sitting_id = ?",
                row -> new Validation(
                        row.getLong(1),
                        row.getString(2),
                        Objects.requireNonNull(Sql.instant(row, "validated_at"), "validated_at is NOT NULL")),
                sittingId);
    }

    /** Records the validation; false when the minutes were already validated (the first signature stands). */
    public boolean validate(long sittingId, long accountId, Instant at) {
        return sql.update("""
                INSERT INTO sitting_minutes (sitting_id, validated_by, validator_name, validated_at)
                SELECT ?, a.id, a.display_name, ? FROM account a WHERE a.id = ?
                ON CONFLICT (sitting_id) DO NOTHING""", sittingId, at, accountId) == 1;
    }
}
