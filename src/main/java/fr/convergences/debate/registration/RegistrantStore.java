package fr.convergences.debate.registration;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of the registration jobs: the reminders the day before and the erasure of registrants after the retention.
 * Each method runs in the caller's transaction; the locks ({@code SKIP LOCKED}) let two nodes share the work.
 */
@Singleton
class RegistrantStore {

    private final Sql sql;

    RegistrantStore(Sql sql) {
        this.sql = sql;
    }

    /** The debates that ended before this instant and whose registrants are not erased yet, in id order. */
    List<Long> debatesToErase(Instant endedBefore) {
        return sql.list(
                "SELECT id FROM debate WHERE registrants_erased_at IS NULL AND ends_at < ? ORDER BY id",
                rows -> rows.getLong(1),
                endedBefore);
    }

    /** Locks the debate for its erasure; false when it is erased already or another run holds it (not waited for). */
    boolean claimForErasure(long debateId) {
        return !sql.list(
                        "SELECT id FROM debate WHERE id = ? AND registrants_erased_at IS NULL FOR NO KEY UPDATE SKIP LOCKED",
                        rows -> rows.getLong(1),
                        debateId)
                .isEmpty();
    }

    /** Empties the debate's registrations of anyone, drops their e-mailed links, and marks the debate erased; returns 1 if it was marked. */
    int eraseRegistrants(long debateId, Instant now) {
        sql.update(
                "DELETE FROM debate_registration_token t USING debate_registration r WHERE t.registration_id = r.id AND r.debate_id = ?",
                debateId);
        sql.update(
                "UPDATE debate_registration SET account_id = NULL, name = NULL, email = NULL, phone = NULL WHERE debate_id = ?",
                debateId);
        return sql.update(
                "UPDATE debate SET registrants_erased_at = ? WHERE id = ? AND registrants_erased_at IS NULL",
                now,
                debateId);
    }

    /**
     * The confirmed registrations not reminded yet, with someone to tell, of the published debates that take place the
     * day after this instant in their territory's time zone.
     */
    List<Long> remindersDue(Instant now) {
        return sql.list("""
                SELECT r.id FROM debate_registration r
                JOIN debate d ON d.id = r.debate_id
                JOIN council c ON c.id = d.council_id
                JOIN territory t ON t.id = c.territory_id
                WHERE d.status = 'PUBLISHED' AND r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL
                  AND (r.account_id IS NOT NULL OR r.email IS NOT NULL)
                  AND d.starts_at > ?
                  AND (d.starts_at AT TIME ZONE t.time_zone)::date = (?::timestamptz AT TIME ZONE t.time_zone)::date + 1
                ORDER BY r.id""", rows -> rows.getLong(1), now, now);
    }

    /** Locks the registration for its reminder; false when it was reminded already or another run holds it. */
    boolean claimForReminder(long registrationId) {
        return !sql.list("""
                SELECT id FROM debate_registration WHERE id = ? AND status = 'CONFIRMED' AND reminder_sent_at IS NULL
                FOR UPDATE SKIP LOCKED""", rows -> rows.getLong(1), registrationId).isEmpty();
    }

    void markReminded(long registrationId, Instant now) {
        sql.update("UPDATE debate_registration SET reminder_sent_at = ? WHERE id = ?", now, registrationId);
    }
}
