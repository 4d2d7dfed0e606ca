package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.RollSeat;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * The roll of a sitting: every titular seat in office, who backs it, who declared absence, who gave a
 * proxy to whom, who is present (checked in on site by the secretary, or joined online). From it come
 * "present or represented" (the quorum), the sitting's page and the minutes.
 */
@Singleton
public class SittingRoll {

    private final Sql sql;

    public SittingRoll(Sql sql) {
        this.sql = sql;
    }

    public List<RollSeat> roll(long sittingId, long councilId, LocalDate day) {
        return sql.list(
                """
                SELECT t.id, t.college_id, c.name, t.person_name, t.account_id, t.voting_right,
                       s.id AS sub_id, s.person_name AS sub_name, s.account_id AS sub_account,
                       EXISTS (SELECT 1 FROM sitting_absence a WHERE a.sitting_id = ? AND a.mandate_id = t.id),
                       ta.how IS NOT NULL, ta.how,
                       EXISTS (SELECT 1 FROM sitting_absence a WHERE a.sitting_id = ? AND a.mandate_id = s.id),
                       EXISTS (SELECT 1 FROM sitting_attendance a WHERE a.sitting_id = ? AND a.mandate_id = s.id),
                       p.holder_account_id, p.holder_mandate_id, hm.person_name,
                       EXISTS (SELECT 1 FROM sitting_attendance a WHERE a.sitting_id = ? AND a.mandate_id = p.holder_mandate_id)
                FROM mandate t
                JOIN college c ON c.id = t.college_id
                LEFT JOIN sitting_attendance ta ON ta.sitting_id = ? AND ta.mandate_id = t.id
                LEFT JOIN LATERAL (SELECT m.id, m.person_name, m.account_id FROM mandate m WHERE m.titular_mandate_id = t.id
                                   AND m.kind = 'SUBSTITUTE' AND m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on)
                                   ORDER BY m.id LIMIT 1) s ON true
                LEFT JOIN sitting_proxy p ON p.sitting_id = ? AND p.giver_mandate_id = t.id
                LEFT JOIN mandate hm ON hm.id = p.holder_mandate_id
                WHERE t.council_id = ? AND t.kind = 'TITULAR' AND t.status = 'ACTIVE' AND t.starts_on <= ? AND ? < coalesce(t.ended_on, t.ends_on)
                ORDER BY c.position, t.seat""",
                row -> new RollSeat(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        Sql.nullableLong(row, "account_id"),
                        row.getBoolean(6),
                        Sql.nullableLong(row, "sub_id"),
                        row.getString(8),
                        Sql.nullableLong(row, "sub_account"),
                        row.getBoolean(10),
                        row.getBoolean(11),
                        row.getString(12),
                        row.getBoolean(13),
                        row.getBoolean(14),
                        Sql.nullableLong(row, "holder_account_id"),
                        Sql.nullableLong(row, "holder_mandate_id"),
                        row.getString(17),
                        row.getBoolean(18)),
                sittingId,
                sittingId,
                sittingId,
                sittingId,
                sittingId,
                day,
                day,
                sittingId,
                councilId,
                day,
                day);
    }
}
