package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Motions tabled by members (table {@code motion_tabling}), and the mandate that lets a member table one. */
@Singleton
public class MotionTablings {

    /** Who tabled a motion, and the motion it amends, if it is an amendment. */
    public record Tabling(
            long accountId, String name, @Nullable Long amendsMotionId) {}

    /** A member's mandate in office in the council: the name it is held under and whether it carries a deliberative voice. */
    public record Standing(String personName, boolean deliberativeVoice) {}

    private final Sql sql;
    private final CouncilRoleRepository roles;

    public MotionTablings(Sql sql, CouncilRoleRepository roles) {
        this.sql = sql;
        this.roles = roles;
    }

    /**
     * The bureau, who decide what becomes of a tabled motion: the president and the vice-president in office on the day,
     * and the council's admins (who run its secretariat), each account once, in id order.
     */
    public List<Long> bureau(long councilId, LocalDate day) {
        java.util.TreeSet<Long> accounts = new java.util.TreeSet<>(sql.list(
                "SELECT m.account_id FROM bureau_seat b JOIN mandate m ON m.id = b.mandate_id "
                        + "WHERE b.council_id = ? AND b.position IN ('PRESIDENT', 'VICE_PRESIDENT') AND m.account_id IS NOT NULL AND m.status = 'ACTIVE' "
                        + "AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on)",
                row -> row.getLong(1),
                councilId,
                day,
                day));
        roles.findByCouncilIdAndRole(councilId, CouncilRole.COUNCIL_ADMIN)
                .forEach(grant -> accounts.add(grant.accountId()));
        return List.copyOf(accounts);
    }

    /** The member's mandates in office on the day, a deliberative one first. */
    public Optional<Standing> standing(long councilId, long accountId, LocalDate day) {
        return sql.one(
                "SELECT m.person_name, m.voting_right FROM mandate m WHERE m.council_id = ? AND m.account_id = ? AND m.status = 'ACTIVE' "
                        + "AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on) ORDER BY m.voting_right DESC, m.id LIMIT 1",
                row -> new Standing(row.getString(1), row.getBoolean(2)),
                councilId,
                accountId,
                day,
                day);
    }

    public void record(long motionId, long accountId, String name, @Nullable Long amendsMotionId) {
        sql.update(
                "INSERT INTO motion_tabling (motion_id, tabled_by, tabled_by_name, amends_motion_id) VALUES (?, ?, ?, ?)",
                motionId,
                accountId,
                name,
                amendsMotionId);
    }

    public Optional<Tabling> of(long motionId) {
        return sql.one(
                "SELECT tabled_by, tabled_by_name, amends_motion_id FROM motion_tabling WHERE motion_id = ?",
                row -> new Tabling(row.getLong(1), row.getString(2), Sql.nullableLong(row, "amends_motion_id")),
                motionId);
    }
}
