package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.base.integrity.CanonicalJson;
import fr.convergences.motion.model.ChainEvent;
import fr.convergences.motion.model.ChainPayload;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A voting session's hash chain in the database. Casts append their events unsealed (no sequence, no
 * hash), so that concurrent casts never wait for each other; {@link #sealPending} chains whatever has
 * committed since the last block, in one statement batch, under the session's seal lock. Payloads go in as
 * {@link ChainPayload} records, written as their canonical JSON, and come back out through {@link #payload}.
 */
@Singleton
public class VotingEvents {

    static final int BLOCK = 5000;

    /** A sealed event with the account that caused it (null for the platform's own: opening, closing at set times). */
    public record Sealed(ChainEvent event, @Nullable Long actorAccountId) {}

    private final Sql sql;
    private final SessionLocks locks;
    private final JsonMapper json;

    public VotingEvents(Sql sql, SessionLocks locks, JsonMapper json) {
        this.sql = sql;
        this.locks = locks;
        this.json = json;
    }

    public void appendPending(long sessionId, ChainPayload payload, Long actorAccountId) {
        sql.update(
                "INSERT INTO voting_event (session_id, kind, payload, actor_account_id, canonical_rule) VALUES (?, ?, ?, ?, ?)",
                sessionId,
                payload.kind(),
                payload.canonical(),
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
                ChainEvent event = next(head, ChainEvent.Kind.valueOf((String) row[1]), (String) row[2]);
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
    public ChainEvent appendSealed(long sessionId, ChainPayload payload, Long actorAccountId) {
        sealPending(sessionId);
        ChainEvent head = head(sessionId);
        ChainEvent event = next(head, payload.kind(), payload.canonical());
        sql.update(
                "INSERT INTO voting_event (session_id, kind, payload, actor_account_id, seq, previous_hash, hash, canonical_rule) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId,
                event.kind(),
                event.payload(),
                actorAccountId,
                event.seq(),
                event.previousHash(),
                event.hash(),
                CanonicalJson.CURRENT.number());
        return event;
    }

    /** The link after {@code head}, sealed: the next number, chained to the head's hash. */
    private static ChainEvent next(ChainEvent head, ChainEvent.Kind kind, String payload) {
        String previous = Objects.requireNonNull(head.hash(), "the head of a chain is a sealed link, or the genesis");
        return new ChainEvent(head.sessionId(), 0, kind, payload, previous, null).sealed(head.seq() + 1, previous);
    }

    /** The last sealed event, or for an empty chain a genesis placeholder: seq 0, hash {@link ChainEvent#GENESIS}. */
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
                .orElse(new ChainEvent(sessionId, 0, ChainEvent.Kind.OPENED, "", "", ChainEvent.GENESIS));
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

    /**
     * What a sealed or pending link says, read back from its text. Throws {@link IllegalArgumentException} (or an
     * {@link UncheckedIOException} for text that is not JSON) when the text is not a payload of the link's kind.
     */
    @SuppressWarnings("unchecked")
    public ChainPayload payload(ChainEvent event) {
        Map<String, @Nullable Object> map;
        try {
            map = json.readValue(event.payload(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (map == null) {
            throw new IllegalArgumentException("event " + event.seq() + " has no payload");
        }
        return ChainPayload.fromMap(event.kind(), map);
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
