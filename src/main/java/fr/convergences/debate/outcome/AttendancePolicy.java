package fr.convergences.debate.outcome;

import fr.convergences.base.UserFacingException;
import fr.convergences.debate.Attendance;
import java.util.Map;

/** Counts are never negative, and a breakdown (by age band, by profile) never counts more people than came. */
public final class AttendancePolicy {

    static final int MAX = 100_000;

    private AttendancePolicy() {}

    public static void check(Attendance attendance) {
        if (attendance.total() < 0 || attendance.total() > MAX) {
            throw new UserFacingException("debate.attendance.total.invalid", MAX);
        }
        check(attendance.ageBands(), attendance.total());
        check(attendance.profiles(), attendance.total());
    }

    private static void check(Map<?, Integer> breakdown, int total) {
        long sum = 0;
        for (Integer count : breakdown.values()) {
            if (count == null || count < 0) {
                throw new UserFacingException("debate.attendance.count.negative");
            }
            sum += count;
        }
        if (sum > total) {
            throw new UserFacingException("debate.attendance.breakdown.tooMany", sum, total);
        }
    }
}
