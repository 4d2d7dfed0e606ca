package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.base.integrity.CanonicalJson;
import fr.convergences.motion.model.ChainEvent;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A voting session's hash chain in the database. Casts append their events unsealed (no sequence, no
 * hash), so that concurrent casts never wait for each other; {@link #sealPending} chains whatever has
 * committed since the last block, in one statement batch, under the session's seal lock.
 */
@Singleton
public class VotingEvents {

    static final int BLOCK = 5000;

    /** A sealed event with the account that caused it (null for the platform's own: opening, closing at set times). */
    public record Sealed(ChainEvent event, Long actorAccountId) {}

    private final Sql sql;
    private final SessionLocks locks;

    public VotingEvents(Sql sql, SessionLocks locks) {
        this.sql = sql;
        this.locks = locks;
    }

    public void appendPending(long sessionId, ChainEvent.Kind kind, Map<String, Object> payload, Long actorAccountId) {
        sql.update(
                "INSERT INTO voting_event (session_id, kind, payload, actor_account_id, canonical_rule) VALUES (?, ?, ?, ?, ?)",
                sessionId,
                kind,
                CanonicalJson.write(payload),
                actorAccountId,
                CanonicalJson.CURRENT.number());
    }

    /** Chains every committed pending event of the session, in the order they were recorded; returns them. */
    public List<Sealed> sealPending(long sessionId) {
        locks.seal(sessionId);
        List<Sealed> sealed = new ArrayList<>();
        ChainEvent head = head(sessionId);
        while (true) {
            List<Object[]> pending = sql.list(
                    "SELECT id, kind, payload, actor_account_id FROM voting_event WHERE session_id = ? AND seq IS NULL "
                            + "ORDER BY id LIMIT " + BLOCK,
                    row -> new Object[] {
                        row.getLong(1), row.getString(2), row.getString(3), Sql.nullableLong(row, "actor_account_id")
                    },
                    sessionId);
            if (pending.isEmpty()) {
                return sealed;
            }
            List<Object[]> updates = new ArrayList<>(pending.size());
            for (Object[] row : pending) {
                ChainEvent event = new ChainEvent(
                                sessionId, 0, ChainEvent.Kind.valueOf((String) row[1]), (String) row[2], null, null)
                        .sealed(head.seq() + 1, head.hash());
                updates.add(new Object[] {event.seq(), event.previousHash(), event.hash(), row[0]});
                sealed.add(new Sealed(event, (Long) row[3]));
                head = event;
            }
            sql.batch("UPDATE voting_event SET seq = ?, previous_hash = ?, hash = ? WHERE id = ?", updates);
            if (pending.size() < BLOCK) {
                return sealed;
            }
        }
    }

    /** Seals what is pending, then appends this event sealed at once (opening and closing). */
    public ChainEvent appendSealed(
            long sessionId, ChainEvent.Kind kind, Map<String, Object> payload, Long actorAccountId) {
        sealPending(sessionId);
        ChainEvent head = head(sessionId);
        ChainEvent event = new ChainEvent(sessionId, 0, kind, CanonicalJson.write(payload), null, null)
                .sealed(head.seq() + 1, head.hash());
        sql.update(
                "INSERT INTO voting_event (session_id, kind, payload, actor_account_id, seq, previous_hash, hash, canonical_rule) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId,
                kind,
                event.payload(),
                actorAccountId,
                event.seq(),
                event.previousHash(),
                event.hash(),
                CanonicalJson.CURRENT.number());
        return event;
    }

    /** The last sealed event, or a genesis placeholder (seq 0) for an empty chain. */
    public ChainEvent head(long sessionId) {
        return sql.one(
                        "SELECT seq, kind, payload, previous_hash, hash FROM voting_event WHERE session_id = ? AND seq IS NOT NULL "
                                + "ORDER BY seq DESC LIMIT 1",
                        row -> new ChainEvent(
                                sessionId,
                                row.getLong(1),
                                ChainEvent.Kind.valueOf(row.getString(2)),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5)),
                        sessionId)
                .orElse(new ChainEvent(sessionId, 0, ChainEvent.Kind.OPENED, "", null, ChainEvent.GENESIS));
    }

    /** The sealed chain in order. */
    public List<ChainEvent> chain(long sessionId) {
        return sql.list(
                "SELECT seq, kind, payload, previous_hash, hash FROM voting_event WHERE session_id = ? AND seq IS NOT NULL ORDER BY seq",
                row -> new ChainEvent(
                        sessionId,
                        row.getLong(1),
                        ChainEvent.Kind.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5)),
                sessionId);
    }

    /** The canonical JSON rule a sealed link's payload was written with. */
    public CanonicalJson.Rule ruleOf(long sessionId, long seq) {
        return CanonicalJson.Rule.numbered(sql.one(
                        "SELECT canonical_rule FROM voting_event WHERE session_id = ? AND seq = ?",
                        row -> row.getInt(1),
                        sessionId,
                        seq)
                .orElseThrow());
    }

    public long pendingCount(long sessionId) {
        return sql.count("SELECT count(*) FROM voting_event WHERE session_id = ? AND seq IS NULL", sessionId);
    }

    /**
     * The sessions with pending events, found by key: a skip through the partial index of pending events
     * ({@code voting_event_pending}), one probe per session found and one more. The background sealer asks every 100 ms;
     * {@code SELECT DISTINCT} read the whole table sequentially, which grows by one row per cast of every vote ever held.
     */
    public List<Long> sessionsWithPending() {
        return sql.list("""
                WITH RECURSIVE pending (session_id) AS (
                    (SELECT session_id FROM voting_event WHERE seq IS NULL ORDER BY session_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT e.session_id FROM voting_event e WHERE e.seq IS NULL AND e.session_id > p.session_id
                            ORDER BY e.session_id LIMIT 1)
                    FROM pending p WHERE p.session_id IS NOT NULL)
                SELECT session_id FROM pending WHERE session_id IS NOT NULL""", row -> row.getLong(1));
    }
}
