package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The voting-session use cases' own SQL (issue 16: out of {@code VotingSessionService}): the council's colleges and
 * president seat as a session's count and result need them, and a roll-call session's named ballots.
 */
@Singleton
public class VotingSessionStore {

    /** A college's id and name. */
    public record CollegeName(long id, String name) {}

    /** A named ballot of a roll-call session, as its published result lists it. */
    public record RollCallBallot(String seatName, String college, String voterName, String capacity, String choice) {}

    private final Sql sql;

    public VotingSessionStore(Sql sql) {
        this.sql = sql;
    }

    public List<CollegeName> colleges(long councilId) {
        return sql.list(
                "SELECT id, name FROM college WHERE council_id = ?",
                row -> new CollegeName(row.getLong(1), row.getString(2)),
                councilId);
    }

    /** The roll-call ballots of a session, by college then seat. */
    public List<RollCallBallot> rollCall(long sessionId) {
        return sql.list(
                """
                SELECT t.person_name, c.name, a.display_name, b.capacity, b.choice FROM roll_call_ballot b
                JOIN mandate t ON t.id = b.seat_mandate_id JOIN college c ON c.id = b.college_id JOIN account a ON a.id = b.voter_account_id
                WHERE b.session_id = ? ORDER BY c.position, t.seat""",
                row -> new RollCallBallot(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                sessionId);
    }

    /** The mandate holding the council's presidency, if any (its vote breaks a tie under the casting-vote rule). */
    public Optional<Long> presidentSeat(long councilId) {
        return sql.one(
                "SELECT mandate_id FROM bureau_seat WHERE council_id = ? AND position = 'PRESIDENT'",
                row -> row.getLong(1),
                councilId);
    }
}
