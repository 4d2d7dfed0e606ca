package fr.convergences.debate;

import fr.convergences.base.database.Sql;
import fr.convergences.contribution.mediation.AgeBand;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attendance figures of debates, replaced as a whole each time the organiser records them. */
@Singleton
public class AttendanceStore {

    private final Sql sql;

    AttendanceStore(Sql sql) {
        this.sql = sql;
    }

    public void replace(long debateId, Attendance attendance, long recordedBy, Instant now) {
        sql.update("DELETE FROM debate_attendance WHERE debate_id = ?", debateId);
        sql.update(
                "INSERT INTO debate_attendance (debate_id, total, recorded_at, recorded_by) VALUES (?, ?, ?, ?)",
                debateId,
                attendance.total(),
                Timestamp.from(now),
                recordedBy);
        attendance.ageBands().forEach((band, count) -> insert(debateId, "AGE_BAND", band.name(), count));
        attendance.profiles().forEach((profile, count) -> insert(debateId, "PROFILE", profile.name(), count));
    }

    public Optional<Attendance> find(long debateId) {
        List<Integer> total =
                sql.list("SELECT total FROM debate_attendance WHERE debate_id = ?", rows -> rows.getInt(1), debateId);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<AgeBand, Integer> bands = new EnumMap<>(AgeBand.class);
        Map<AttendeeProfile, Integer> profiles = new EnumMap<>(AttendeeProfile.class);
        for (CountRow row : sql.list(
                "SELECT category, value, count FROM debate_attendance_count WHERE debate_id = ?",
                rows -> new CountRow(rows.getString(1), rows.getString(2), rows.getInt(3)),
                debateId)) {
            if ("AGE_BAND".equals(row.category())) {
                bands.put(AgeBand.valueOf(row.value()), row.count());
            } else {
                profiles.put(AttendeeProfile.valueOf(row.value()), row.count());
            }
        }
        return Optional.of(new Attendance(total.getFirst(), bands, profiles));
    }

    private void insert(long debateId, String category, String value, int count) {
        if (count > 0) {
            sql.update(
                    "INSERT INTO debate_attendance_count (debate_id, category, value, count) VALUES (?, ?, ?, ?)",
                    debateId,
                    category,
                    value,
                    count);
        }
    }

    /** One row of debate_attendance_count: a figure of an age band or of a profile. */
    private record CountRow(String category, String value, int count) {}
}
