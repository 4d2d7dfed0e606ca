package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the demo council's decisions read and set by hand: the demo council and its first consultation, the titulars
 * who vote, and the dates of a sitting held in the past (the use cases date everything now, as they should).
 */
@Singleton
public class MotionDemoStore {

    /** A titular with a vote, in seat order: the mandate, its holder's account, and whether a substitute is named. */
    public record VotingTitular(long mandateId, long accountId, boolean hasSubstitute) {}

    private final Sql sql;

    public MotionDemoStore(Sql sql) {
        this.sql = sql;
    }

    /** The demo council, unless it already has motions (the demo was loaded before). */
    public Optional<Long> demoCouncilWithoutMotions(String slug) {
        return sql.one("SELECT id FROM council WHERE slug = ?", row -> row.getLong(1), slug)
                .filter(council -> sql.count("SELECT count(*) FROM motion WHERE council_id = ?", council) == 0);
    }

    public Optional<Long> firstConsultation(long councilId) {
        return sql.one(
                "SELECT id FROM consultation WHERE council_id = ? ORDER BY id LIMIT 1",
                row -> row.getLong(1),
                councilId);
    }

    /**
     * The contributions the demo avis answers: the one about the emergency room, and two residents' contributions about
     * doctors and hospitals written by people with an account, to be told.
     */
    public Set<Long> contributionsAnswered(long consultationId) {
        return Set.copyOf(sql.list("""
                (SELECT id FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden
                 AND lower(title || ' ' || body) LIKE '%urgence%' ORDER BY id LIMIT 1)
                UNION (SELECT id FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden AND author_account_id IS NOT NULL
                 AND lower(title || ' ' || body) ~ 'médecins|hôpita' ORDER BY id LIMIT 2)""", row -> row.getLong(1), consultationId, consultationId));
    }

    public List<VotingTitular> votingTitulars(long councilId) {
        return sql.list("""
                SELECT t.id, t.account_id, EXISTS (SELECT 1 FROM mandate s WHERE s.titular_mandate_id = t.id AND s.account_id IS NOT NULL)
                FROM mandate t JOIN college c ON c.id = t.college_id
                WHERE t.council_id = ? AND t.kind = 'TITULAR' AND t.voting_right AND t.account_id IS NOT NULL AND t.status = 'ACTIVE'
                ORDER BY c.position, t.seat""", row -> new VotingTitular(row.getLong(1), row.getLong(2), row.getBoolean(3)), councilId);
    }

    public long substituteAccount(long titularMandateId) {
        return sql.one(
                        "SELECT account_id FROM mandate WHERE titular_mandate_id = ?",
                        row -> row.getLong(1),
                        titularMandateId)
                .orElseThrow();
    }

    /** Moves a sitting's start to this moment: its votes open only once it has started. */
    public void startSittingAt(long sittingId, Instant at) {
        sql.update("UPDATE sitting SET starts_at = ? WHERE id = ?", at, sittingId);
    }

    /** Dates a sitting, its vote and its motion as held at {@code held}; the chain and the audit log keep their real times. */
    public void backdate(
            long sittingId,
            long sessionId,
            long motionId,
            Instant held,
            Instant convened,
            Instant opened,
            Instant closed,
            LocalDate sentToAgency) {
        sql.update(
                "UPDATE sitting SET starts_at = ?, convened_at = ?, convocation_sent_at = ? WHERE id = ?",
                held,
                convened,
                convened,
                sittingId);
        sql.update("UPDATE voting_session SET opened_at = ?, closed_at = ? WHERE id = ?", opened, closed, sessionId);
        sql.update("UPDATE motion SET decided_at = ?, ars_sent_on = ? WHERE id = ?", closed, sentToAgency, motionId);
    }
}
