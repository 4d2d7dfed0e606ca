package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sitting use cases' own SQL (issue 16: out of {@code SittingService}): absences (table {@code sitting_absence}),
 * attendance (table {@code sitting_attendance}), and the reads of the council's mandates in office that a sitting needs:
 * a member's own mandate, a titular's substitute, the members who may hold a proxy.
 */
@Singleton
public class SittingStore {

    /** A person's mandate in a council, in office on the day. */
    public record MemberMandate(
            long id, boolean titular, @Nullable Long titularMandateId, boolean votingRight, String personName) {}

    /** A substitute's mandate and account (null when no account is linked yet). */
    public record Substitute(long mandateId, @Nullable Long accountId) {}

    /** A member who may hold a proxy. */
    public record Member(long accountId, String name) {}

    private final Sql sql;

    public SittingStore(Sql sql) {
        this.sql = sql;
    }

    public void recordAbsence(long sittingId, long mandateId, long accountId, Instant at) {
        sql.update(
                "INSERT INTO sitting_absence (sitting_id, mandate_id, account_id, declared_at) VALUES (?, ?, ?, ?)",
                sittingId,
                mandateId,
                accountId,
                at);
    }

    public boolean isAbsent(long sittingId, long mandateId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting_absence WHERE sitting_id = ? AND mandate_id = ?)",
                sittingId,
                mandateId);
    }

    public void recordAttendance(
            long sittingId, long mandateId, long accountId, String how, long recordedBy, Instant at) {
        sql.update(
                "INSERT INTO sitting_attendance (sitting_id, mandate_id, account_id, how, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                sittingId,
                mandateId,
                accountId,
                how,
                recordedBy,
                at);
    }

    public boolean isPresent(long sittingId, long mandateId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting_attendance WHERE sitting_id = ? AND mandate_id = ?)",
                sittingId,
                mandateId);
    }

    /** The account holding a mandate of the council in office on the day, if any. */
    public Optional<Long> accountInOffice(long mandateId, long councilId, LocalDate day) {
        return sql.one(
                "SELECT m.account_id FROM mandate m WHERE m.id = ? AND m.council_id = ? AND m.account_id IS NOT NULL AND "
                        + "m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on)",
                row -> row.getLong(1),
                mandateId,
                councilId,
                day,
                day);
    }

    /** The person's mandate in office on the day: a titular's first. */
    public Optional<MemberMandate> mandateOf(long councilId, long accountId, LocalDate day) {
        return sql.one(
                "SELECT m.id, m.kind, m.titular_mandate_id, m.voting_right, m.person_name FROM mandate m WHERE m.council_id = ? "
                        + "AND m.account_id = ? AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) "
                        + "ORDER BY m.kind DESC, m.id LIMIT 1",
                row -> new MemberMandate(
                        row.getLong(1),
                        "TITULAR".equals(row.getString(2)),
                        Sql.nullableLong(row, "titular_mandate_id"),
                        row.getBoolean(4),
                        row.getString(5)),
                councilId,
                accountId,
                day,
                day);
    }

    /** The substitute in office on the day backing a titular's mandate. */
    public Optional<Substitute> substituteOf(long titularMandateId, LocalDate day) {
        return sql.one(
                "SELECT m.id, m.account_id FROM mandate m WHERE m.titular_mandate_id = ? AND m.kind = 'SUBSTITUTE' AND m.status = 'ACTIVE' "
                        + "AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY m.id LIMIT 1",
                row -> new Substitute(row.getLong(1), Sql.nullableLong(row, "account_id")),
                titularMandateId,
                day,
                day);
    }

    /** The other members with a vote in office on the day, by name: those a member may give a proxy to. */
    public List<Member> possibleHolders(long councilId, long exceptAccountId, LocalDate day) {
        return sql.list(
                "SELECT DISTINCT m.account_id, m.person_name FROM mandate m WHERE m.council_id = ? AND m.account_id IS NOT NULL "
                        + "AND m.account_id <> ? AND m.voting_right AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) "
                        + "ORDER BY 2",
                row -> new Member(row.getLong(1), row.getString(2)),
                councilId,
                exceptAccountId,
                day,
                day);
    }

    /** Whether members may still join the sitting online: convened, and not held in person only. */
    public boolean joinableOnline(long sittingId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting WHERE id = ? AND mode <> 'IN_PERSON' AND status = 'CONVENED')",
                sittingId);
    }
}
