package fr.convergences.debate.paperform;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of numbered paper forms ({@code paper_form_counter}, {@code paper_form_batch},
 * {@code paper_form_transcription}), in the caller's transaction.
 */
@Singleton
class PaperFormStore {

    private static final String BATCH_COLUMNS =
            "SELECT id, consultation_id, first_serial, form_count, issued_at FROM paper_form_batch";

    private final Sql sql;

    PaperFormStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Takes {@code count} more numbers of the consultation and returns the last one. The counter row is the lock: two
     * batches issued at once never share a number.
     */
    int takeSerials(long consultationId, int count) {
        return sql.list("""
                INSERT INTO paper_form_counter (consultation_id, last_serial) VALUES (?, ?)
                ON CONFLICT (consultation_id) DO UPDATE SET last_serial = paper_form_counter.last_serial + EXCLUDED.last_serial
                RETURNING last_serial""", rows -> rows.getInt(1), consultationId, count).getFirst();
    }

    long insertBatch(long consultationId, int firstSerial, int count, Instant issuedAt, long issuedBy) {
        return sql.list("""
                INSERT INTO paper_form_batch (consultation_id, first_serial, form_count, issued_at, issued_by) VALUES (?, ?, ?, ?, ?)
                RETURNING id""", rows -> rows.getLong(1), consultationId, firstSerial, count, issuedAt, issuedBy)
                .getFirst();
    }

    /** The batches printed for the consultation, newest first. */
    List<PaperFormBatch> batches(long consultationId) {
        return sql.list(
                BATCH_COLUMNS + " WHERE consultation_id = ? ORDER BY id DESC", PaperFormStore::batch, consultationId);
    }

    Optional<PaperFormBatch> batch(long batchId) {
        return sql.one(BATCH_COLUMNS + " WHERE id = ?", PaperFormStore::batch, batchId);
    }

    /** Whether a printed batch of the consultation holds this number. */
    boolean isIssued(long consultationId, int serial) {
        return !sql.list("""
                SELECT 1 FROM paper_form_batch WHERE consultation_id = ? AND ? BETWEEN first_serial AND first_serial + form_count - 1""", rows -> 1, consultationId, serial).isEmpty();
    }

    boolean isTranscribed(long consultationId, int serial) {
        return !sql.list(
                        "SELECT transcribed_at FROM paper_form_transcription WHERE consultation_id = ? AND serial = ?",
                        rows -> rows.getTimestamp(1),
                        consultationId,
                        serial)
                .isEmpty();
    }

    /** Fails with a unique violation (23505) when the form was typed in already, even by someone at the same moment. */
    void recordTranscription(
            long consultationId, int serial, long contributionId, Instant transcribedAt, long transcribedBy) {
        sql.update("""
                INSERT INTO paper_form_transcription (consultation_id, serial, contribution_id, transcribed_at, transcribed_by)
                VALUES (?, ?, ?, ?, ?)""", consultationId, serial, contributionId, transcribedAt, transcribedBy);
    }

    private static PaperFormBatch batch(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new PaperFormBatch(
                rows.getLong(1),
                rows.getLong(2),
                rows.getInt(3),
                rows.getInt(4),
                rows.getTimestamp(5).toInstant());
    }
}
