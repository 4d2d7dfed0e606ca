package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A council's rules for its sittings (table {@code council_sitting_rules}): the delay of convocation of its règlement
 * intérieur; and the reasons of sittings convened urgently within it (table {@code sitting_urgency}).
 */
@Singleton
public class SittingRules {

    private final Sql sql;

    public SittingRules(Sql sql) {
        this.sql = sql;
    }

    public Optional<Integer> noticeDays(long councilId) {
        return sql.one(
                "SELECT notice_days FROM council_sitting_rules WHERE council_id = ?", row -> row.getInt(1), councilId);
    }

    public void setNoticeDays(long councilId, int days) {
        sql.update(
                "INSERT INTO council_sitting_rules (council_id, notice_days) VALUES (?, ?) "
                        + "ON CONFLICT (council_id) DO UPDATE SET notice_days = EXCLUDED.notice_days",
                councilId,
                days);
    }

    public Optional<String> urgency(long sittingId) {
        return sql.one("SELECT reason FROM sitting_urgency WHERE sitting_id = ?", row -> row.getString(1), sittingId);
    }

    public void recordUrgency(long sittingId, String reason) {
        sql.update("INSERT INTO sitting_urgency (sitting_id, reason) VALUES (?, ?)", sittingId, reason);
    }

    /** The urgency's reason after an edit: recorded, changed, or removed (null) when the sitting is now ordinary. */
    public void replaceUrgency(long sittingId, @Nullable String reason) {
        sql.update("DELETE FROM sitting_urgency WHERE sitting_id = ?", sittingId);
        if (reason != null) {
            recordUrgency(sittingId, reason);
        }
    }
}
