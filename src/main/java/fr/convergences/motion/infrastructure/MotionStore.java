package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The motion use cases' own SQL (issue 16: out of {@code MotionService}): declared interests (table
 * {@code motion_interest}), the contributions and convergences a motion answers, and the reads of the council's mandates,
 * consultations and contributions that drafting a motion checks against.
 */
@Singleton
public class MotionStore {

    /** Something a motion links to, or can: its id and title. */
    public record Linked(long id, String title) {}

    /** A person's mandate in office in a council: titular or substitute, and the name it is held under. */
    public record MandateInOffice(long id, boolean titular, String personName) {}

    /** A declared interest, as the motion's page shows it. */
    public record Interest(String personName, String statement, Instant declaredAt) {}

    /** A motion answering a contribution, with its status. */
    public record Answering(long id, String title, String status) {}

    private final Sql sql;

    public MotionStore(Sql sql) {
        this.sql = sql;
    }

    /** The person's mandates in office in the council on the day, a titular's first. */
    public List<MandateInOffice> mandatesInOffice(long councilId, long accountId, LocalDate day) {
        return sql.list(
                "SELECT m.id, m.kind, m.person_name FROM mandate m WHERE m.council_id = ? AND m.account_id = ? "
                        + "AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY m.kind DESC",
                row -> new MandateInOffice(row.getLong(1), "TITULAR".equals(row.getString(2)), row.getString(3)),
                councilId,
                accountId,
                day,
                day);
    }

    public boolean interestDeclared(long motionId, long accountId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM motion_interest WHERE motion_id = ? AND account_id = ?)",
                motionId,
                accountId);
    }

    public void recordInterest(
            long motionId,
            long accountId,
            @Nullable Long seatMandateId,
            String personName,
            String statement,
            Instant at) {
        sql.update(
                "INSERT INTO motion_interest (motion_id, account_id, seat_mandate_id, person_name, statement, declared_at) VALUES (?, ?, ?, ?, ?, ?)",
                motionId,
                accountId,
                seatMandateId,
                personName,
                statement,
                at);
    }

    public List<Interest> interests(long motionId) {
        return sql.list(
                "SELECT person_name, statement, declared_at FROM motion_interest WHERE motion_id = ? ORDER BY declared_at",
                row -> new Interest(
                        row.getString(1),
                        row.getString(2),
                        Objects.requireNonNull(Sql.instant(row, "declared_at"), "declared_at is NOT NULL")),
                motionId);
    }

    public List<Linked> linkedContributions(long motionId) {
        return sql.list(
                "SELECT c.id, c.title FROM motion_contribution mc JOIN contribution c ON c.id = mc.contribution_id WHERE mc.motion_id = ? "
                        + "ORDER BY c.id",
                row -> new Linked(row.getLong(1), row.getString(2)),
                motionId);
    }

    public List<Linked> linkedConvergences(long motionId) {
        return sql.list(
                "SELECT convergence_id, title FROM motion_convergence WHERE motion_id = ? ORDER BY convergence_id",
                row -> new Linked(row.getLong(1), row.getString(2)),
                motionId);
    }

    /** The council's consultations, the newest first. */
    public List<Linked> consultations(long councilId) {
        return sql.list(
                "SELECT id, title FROM consultation WHERE council_id = ? ORDER BY id DESC",
                row -> new Linked(row.getLong(1), row.getString(2)),
                councilId);
    }

    /** The motions past their draft that answer a contribution. */
    public List<Answering> answering(long contributionId) {
        return sql.list(
                "SELECT m.id, m.title, m.status FROM motion_contribution mc JOIN motion m ON m.id = mc.motion_id "
                        + "WHERE mc.contribution_id = ? AND m.status <> 'DRAFT' ORDER BY m.id",
                row -> new Answering(row.getLong(1), row.getString(2), row.getString(3)),
                contributionId);
    }

    public boolean consultationInCouncil(long consultationId, long councilId) {
        return sql.count("SELECT count(*) FROM consultation WHERE id = ? AND council_id = ?", consultationId, councilId)
                > 0;
    }

    /** How many of the contributions belong to the council's consultations and are past their draft. */
    public long contributionsInCouncil(Set<Long> contributionIds, long councilId) {
        return sql.count(
                "SELECT count(*) FROM contribution c JOIN consultation k ON k.id = c.consultation_id "
                        + "WHERE c.id = ANY (?) AND k.council_id = ? AND c.status <> 'DRAFT'",
                contributionIds.toArray(Long[]::new),
                councilId);
    }

    /** The seats of the members who declared an interest in the motion (a substitute's declaration has no seat). */
    public List<Long> recusedSeats(long motionId) {
        return sql.list(
                "SELECT seat_mandate_id FROM motion_interest WHERE motion_id = ? AND seat_mandate_id IS NOT NULL",
                row -> row.getLong(1),
                motionId);
    }

    /** The contributions the motion answers, by id. */
    public List<Long> answeredContributions(long motionId) {
        return sql.list(
                "SELECT contribution_id FROM motion_contribution WHERE motion_id = ? ORDER BY 1",
                row -> row.getLong(1),
                motionId);
    }

    /** The council's name, for the minutes' heading (empty when the council is unknown). */
    public String councilName(long councilId) {
        return sql.one("SELECT name FROM council WHERE id = ?", row -> row.getString(1), councilId)
                .orElse("");
    }
}
