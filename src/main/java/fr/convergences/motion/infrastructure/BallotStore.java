package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.Capacity;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.SeatSituation;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ballots in the database: the electorate fixed at opening, the situation of a seat (one query), the
 * roll-call ballots (one per seat: the primary key), the secret register and sealed box, the published
 * secret ballots. Everything runs in the caller's transaction.
 */
@Singleton
public class BallotStore {

    /** A seat of the electorate: the titular's mandate, its college, and who holds it. */
    public record Seat(
            long seatMandateId,
            long collegeId,
            String personName,
            @Nullable Long accountId) {}

    /** A seat someone may be able to vote for, and in what capacity they would. */
    public record VotableSeat(long seatMandateId, long collegeId, String personName, Capacity capacity) {}

    /** A public roll-call ballot. */
    public record RollCall(
            long seatMandateId,
            long collegeId,
            long voterAccountId,
            Capacity capacity,
            String choice,
            Instant castAt,
            int changes) {}

    private static final String ACTIVE_ON =
            "m.status = 'ACTIVE' AND m.starts_on <= ? AND ? < coalesce(m.ended_on, m.ends_on)";

    private final Sql sql;

    public BallotStore(Sql sql) {
        this.sql = sql;
    }

    /** Fixes the electorate: the council's titulars with voting right in office on that day. */
    public List<Seat> fixElectorate(long sessionId, long councilId, LocalDate day) {
        sql.update(
                "INSERT INTO voting_seat (session_id, seat_mandate_id, college_id) SELECT ?, m.id, m.college_id FROM mandate m "
                        + "WHERE m.council_id = ? AND m.kind = 'TITULAR' AND m.voting_right AND " + ACTIVE_ON,
                sessionId,
                councilId,
                day,
                day);
        return electorate(sessionId);
    }

    public List<Seat> electorate(long sessionId) {
        return sql.list(
                "SELECT vs.seat_mandate_id, vs.college_id, m.person_name, m.account_id FROM voting_seat vs "
                        + "JOIN mandate m ON m.id = vs.seat_mandate_id WHERE vs.session_id = ? ORDER BY vs.college_id, m.seat, m.id",
                row -> new Seat(row.getLong(1), row.getLong(2), row.getString(3), Sql.nullableLong(row, "account_id")),
                sessionId);
    }

    /** Where a seat stands for a session, and its college in the electorate (null when it is not in it). */
    public record SeatInSession(
            SeatSituation situation, @Nullable Long collegeId) {}

    /** Everything that decides who may vote for the seat, and the seat's college, in one round trip. */
    public SeatInSession situation(
            long sessionId, @Nullable Long sittingId, long motionId, long seat, long actor, LocalDate day) {
        return sql.one(
                        """
                WITH sub AS (SELECT m.id, m.account_id FROM mandate m WHERE m.titular_mandate_id = ? AND m.kind = 'SUBSTITUTE' AND
                             """ + ACTIVE_ON + """
                              ORDER BY m.id LIMIT 1),
                     px AS (SELECT holder_account_id, holder_mandate_id FROM sitting_proxy WHERE sitting_id = ? AND giver_mandate_id = ?)
                SELECT (SELECT college_id FROM voting_seat WHERE session_id = ? AND seat_mandate_id = ?),
                       (SELECT account_id FROM mandate WHERE id = ?),
                       (SELECT account_id FROM sub),
                       EXISTS (SELECT 1 FROM sitting_absence WHERE sitting_id = ? AND mandate_id = ?),
                       EXISTS (SELECT 1 FROM sitting_absence a JOIN sub ON a.mandate_id = sub.id WHERE a.sitting_id = ?),
                       (SELECT holder_account_id FROM px),
                       EXISTS (SELECT 1 FROM sitting_attendance WHERE sitting_id = ? AND mandate_id = ?),
                       EXISTS (SELECT 1 FROM sitting_attendance a JOIN sub ON a.mandate_id = sub.id WHERE a.sitting_id = ?),
                       EXISTS (SELECT 1 FROM sitting_attendance a JOIN px ON a.mandate_id = px.holder_mandate_id WHERE a.sitting_id = ?),
                       EXISTS (SELECT 1 FROM motion_interest WHERE motion_id = ? AND seat_mandate_id = ?),
                       EXISTS (SELECT 1 FROM motion_interest WHERE motion_id = ? AND account_id = ?)""",
                        row -> {
                            Long college = nullable(row, 1);
                            return new SeatInSession(
                                    new SeatSituation(
                                            seat,
                                            college != null,
                                            Sql.nullableLong(row, "account_id"),
                                            nullable(row, 3),
                                            sittingId != null,
                                            row.getBoolean(4),
                                            row.getBoolean(5),
                                            nullable(row, 6),
                                            row.getBoolean(7),
                                            row.getBoolean(8),
                                            row.getBoolean(9),
                                            row.getBoolean(10),
                                            row.getBoolean(11)),
                                    college);
                        },
                        seat,
                        day,
                        day,
                        sittingId,
                        seat,
                        sessionId,
                        seat,
                        seat,
                        sittingId,
                        seat,
                        sittingId,
                        sittingId,
                        seat,
                        sittingId,
                        sittingId,
                        motionId,
                        seat,
                        motionId,
                        actor)
                .orElseThrow();
    }

    private static @Nullable Long nullable(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** The seats of the electorate the person might vote for: their own, the one they substitute for, the one they hold a proxy of. */
    public List<VotableSeat> votableSeats(long sessionId, @Nullable Long sittingId, long actor, LocalDate day) {
        return sql.list(
                """
                SELECT vs.seat_mandate_id, vs.college_id, t.person_name,
                       CASE WHEN t.account_id = ? THEN 'SEAT'
                            WHEN EXISTS (SELECT 1 FROM sitting_proxy p WHERE p.sitting_id = ? AND p.giver_mandate_id = t.id AND p.holder_account_id = ?)
                                 THEN 'PROXY'
                            ELSE 'SUBSTITUTE' END
                FROM voting_seat vs JOIN mandate t ON t.id = vs.seat_mandate_id
                WHERE vs.session_id = ? AND (t.account_id = ?
                   OR EXISTS (SELECT 1 FROM mandate m WHERE m.titular_mandate_id = t.id AND m.kind = 'SUBSTITUTE' AND m.account_id = ? AND
                       """ + ACTIVE_ON + """
                )
                   OR EXISTS (SELECT 1 FROM sitting_proxy p WHERE p.sitting_id = ? AND p.giver_mandate_id = t.id AND p.holder_account_id = ?))
                ORDER BY 4 DESC, t.person_name""",
                row -> new VotableSeat(
                        row.getLong(1), row.getLong(2), row.getString(3), Capacity.valueOf(row.getString(4))),
                actor,
                sittingId,
                actor,
                sessionId,
                actor,
                actor,
                day,
                day,
                sittingId,
                actor);
    }

    /**
     * Casts or changes a roll-call ballot in one statement (the primary key makes two clicks or two devices
     * one ballot); true when it changed an earlier one. PostgreSQL marks a row updated by ON CONFLICT with
     * the updating transaction in xmax, a freshly inserted one with 0.
     */
    public boolean castRollCall(
            long sessionId, long seat, long college, long voter, Capacity capacity, String choice, Instant at) {
        return sql.one("""
                INSERT INTO roll_call_ballot AS b (session_id, seat_mandate_id, college_id, voter_account_id, capacity, choice, cast_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, seat_mandate_id) DO UPDATE SET voter_account_id = EXCLUDED.voter_account_id,
                    capacity = EXCLUDED.capacity, choice = EXCLUDED.choice, cast_at = EXCLUDED.cast_at, changes = b.changes + 1
                RETURNING b.xmax::text <> '0'""", row -> row.getBoolean(1), sessionId, seat, college, voter, capacity, choice, at)
                .orElseThrow();
    }

    public List<RollCall> rollCalls(long sessionId) {
        return sql.list(
                "SELECT seat_mandate_id, college_id, voter_account_id, capacity, choice, cast_at, changes FROM roll_call_ballot "
                        + "WHERE session_id = ? ORDER BY seat_mandate_id",
                row -> new RollCall(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        Capacity.valueOf(row.getString(4)),
                        row.getString(5),
                        Objects.requireNonNull(Sql.instant(row, "cast_at"), "cast_at is NOT NULL"),
                        row.getInt(7)),
                sessionId);
    }

    /** The seat's roll-call ballot, read by its key: the ballot panel asks for it after every cast, at any size of electorate. */
    public Optional<RollCall> rollCall(long sessionId, long seat) {
        return sql.one(
                "SELECT seat_mandate_id, college_id, voter_account_id, capacity, choice, cast_at, changes FROM roll_call_ballot "
                        + "WHERE session_id = ? AND seat_mandate_id = ?",
                row -> new RollCall(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        Capacity.valueOf(row.getString(4)),
                        row.getString(5),
                        Objects.requireNonNull(Sql.instant(row, "cast_at"), "cast_at is NOT NULL"),
                        row.getInt(7)),
                sessionId,
                seat);
    }

    /** Registers that the seat took part in a secret vote; false when it already had (a secret ballot is final). */
    public boolean register(long sessionId, long seat, long voter, Capacity capacity) {
        return sql.update(
                        "INSERT INTO secret_register (session_id, seat_mandate_id, voter_account_id, capacity) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT DO NOTHING",
                        sessionId,
                        seat,
                        voter,
                        capacity)
                == 1;
    }

    /** Drops a cast's sealed ballot in the pending pool (see {@link BallotMixer}): never straight into the box. */
    public void dropInPool(long sessionId, byte[] sealed) {
        sql.update("INSERT INTO secret_ballot_pool (session_id, sealed) VALUES (?, ?)", sessionId, sealed);
    }

    /** The sessions with at least {@code minimum} committed ballots waiting in the pool. */
    public List<Long> sessionsWithPooled(int minimum) {
        return sql.list(
                "SELECT session_id FROM secret_ballot_pool GROUP BY session_id HAVING count(*) >= ?",
                row -> row.getLong(1),
                minimum);
    }

    public long pooled(long sessionId) {
        return sql.count("SELECT count(*) FROM secret_ballot_pool WHERE session_id = ?", sessionId);
    }

    /**
     * Takes the session's committed pending ballots out of the pool, in the caller's transaction. Rows being
     * taken by a concurrent transaction are waited for and then skipped (they are gone once it commits), so a
     * ballot is never taken twice.
     */
    public List<byte[]> takePooled(long sessionId) {
        return sql.list(
                "DELETE FROM secret_ballot_pool WHERE session_id = ? RETURNING sealed",
                row -> row.getBytes(1),
                sessionId);
    }

    /** Drops ballots in the box in the order given, in one batch. */
    public void dropInBox(long sessionId, List<byte[]> sealed) {
        List<Object[]> rows = new ArrayList<>(sealed.size());
        sealed.forEach(ballot -> rows.add(new Object[] {sessionId, ballot}));
        sql.batch("INSERT INTO secret_ballot_box (session_id, sealed) VALUES (?, ?)", rows);
    }

    public List<byte[]> box(long sessionId) {
        return sql.list("SELECT sealed FROM secret_ballot_box WHERE session_id = ?", row -> row.getBytes(1), sessionId);
    }

    /** Publishes the ballots in receipt order, in one batch, and empties the box. */
    public void publish(long sessionId, List<PublishedBallot> sortedBallots) {
        List<Object[]> rows = new ArrayList<>(sortedBallots.size());
        sortedBallots.forEach(
                ballot -> rows.add(new Object[] {sessionId, ballot.receipt(), ballot.collegeId(), ballot.choice()}));
        sql.batch("INSERT INTO secret_ballot (session_id, receipt, college_id, choice) VALUES (?, ?, ?, ?)", rows);
        sql.update("DELETE FROM secret_ballot_box WHERE session_id = ?", sessionId);
    }

    public List<PublishedBallot> published(long sessionId) {
        return sql.list(
                "SELECT receipt, college_id, choice FROM secret_ballot WHERE session_id = ? ORDER BY receipt",
                row -> new PublishedBallot(row.getString(1), row.getLong(2), row.getString(3)),
                sessionId);
    }

    /** Who took part (the register), per seat: voter and capacity. */
    public Map<Long, Object[]> register(long sessionId) {
        Map<Long, Object[]> register = new LinkedHashMap<>();
        sql.list(
                        "SELECT seat_mandate_id, voter_account_id, capacity FROM secret_register WHERE session_id = ? ORDER BY seat_mandate_id",
                        row -> new Object[] {row.getLong(1), row.getLong(2), row.getString(3)},
                        sessionId)
                .forEach(row -> register.put((Long) row[0], new Object[] {row[1], row[2]}));
        return register;
    }

    /** Whether the person sits in the council on the day with a consultative voice only (no mandate with a vote). */
    public boolean consultativeOnly(long councilId, long account, LocalDate day) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM mandate m WHERE m.council_id = ? AND m.account_id = ? AND NOT m.voting_right AND "
                        + ACTIVE_ON
                        + ") AND NOT EXISTS (SELECT 1 FROM mandate m WHERE m.council_id = ? AND m.account_id = ? AND m.voting_right AND "
                        + ACTIVE_ON + ")",
                councilId,
                account,
                day,
                day,
                councilId,
                account,
                day,
                day);
    }

    /** Whether the seat has a ballot in the session (either kind). */
    public boolean hasVoted(long sessionId, long seat) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM roll_call_ballot WHERE session_id = ? AND seat_mandate_id = ?) "
                        + "OR EXISTS (SELECT 1 FROM secret_register WHERE session_id = ? AND seat_mandate_id = ?)",
                sessionId,
                seat,
                sessionId,
                seat);
    }

    /** Whether the person cast any ballot, for any seat, in the session. */
    public boolean votedAs(long sessionId, long account) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM roll_call_ballot WHERE session_id = ? AND voter_account_id = ?) "
                        + "OR EXISTS (SELECT 1 FROM secret_register WHERE session_id = ? AND voter_account_id = ?)",
                sessionId,
                account,
                sessionId,
                account);
    }
}
