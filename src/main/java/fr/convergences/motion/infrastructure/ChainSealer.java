package fr.convergences.motion.infrastructure;

import fr.convergences.base.operations.Measured;
import fr.convergences.identity.Actor;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.ChainEvent;
import fr.convergences.motion.model.ChainPayload;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Seals a session's pending events into its chain and writes one audit entry per cast in the same
 * transaction, the block's entries in one batch: the audit log's per-council lock and head are then read once per
 * block, not once per ballot. A cast
 * is durable when it commits (its ballot and its unsealed event); a crash before the block is sealed only
 * delays its chaining and audit entry to the next start, when pending events are sealed first.
 * Secret casts get one audit entry per block, with their number and no actor, seat or voter.
 */
@Singleton
public class ChainSealer {

    private final VotingEvents events;
    private final AuditTrail audit;
    private final VotingSessionRepository sessions;
    private final Map<Long, VotingSession> sessionCache = new ConcurrentHashMap<>();

    public ChainSealer(VotingEvents events, AuditTrail audit, VotingSessionRepository sessions) {
        this.events = events;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** Seals in its own transaction (the background sealer), or in the caller's (the close). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRED)
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "chain-sealer"})
    public int seal(long sessionId) {
        List<VotingEvents.Sealed> sealed = events.sealPending(sessionId);
        if (sealed.isEmpty()) {
            return 0;
        }
        VotingSession session = sessionCache.computeIfAbsent(
                sessionId, id -> sessions.findById(id).orElseThrow());
        int secretCasts = 0;
        // The block's entries go to the audit log in one batch: one lock, one head, one insert for the whole block. One
        // call per cast (three statements each) let the single sealer fall behind concurrent casts, and the close
        // inherited the backlog (23-33 s for 10,000 roll-call ballots).
        List<AuditEvent> entries = new ArrayList<>();
        for (VotingEvents.Sealed entry : sealed) {
            ChainEvent event = entry.event();
            if ((event.kind() == ChainEvent.Kind.CAST || event.kind() == ChainEvent.Kind.CHANGED)
                    && entry.actorAccountId() != null) {
                if (session.ballotKind() == BallotKind.SECRET) {
                    secretCasts++;
                    continue;
                }
                Map<String, @Nullable Object> after = new LinkedHashMap<>();
                if (session.ballotKind() == BallotKind.ROLL_CALL
                        && events.payload(event) instanceof ChainPayload.Ballot ballot) {
                    after.put("seat", ballot.seat());
                    after.put("capacity", ballot.capacity().name());
                    after.put("choice", ballot.choice());
                    after.put("chain", event.seq() + ":" + event.hash());
                }
                entries.add(new AuditEvent(
                        Actor.account(entry.actorAccountId()),
                        session.councilId(),
                        event.kind() == ChainEvent.Kind.CAST ? "motion.ballot.cast" : "motion.ballot.change",
                        "voting_session",
                        String.valueOf(sessionId),
                        Map.of(),
                        after));
            }
        }
        if (secretCasts > 0) {
            // One entry per block, naming nobody: an entry per secret cast, with its voter and its time, would be a
            // list of who voted when, to set against the box. Who took part is in the register; the chain's casts say
            // for which seats.
            entries.add(new AuditEvent(
                    Actor.ANONYMOUS,
                    session.councilId(),
                    "motion.ballot.cast",
                    "voting_session",
                    String.valueOf(sessionId),
                    Map.of(),
                    Map.of("ballots", secretCasts)));
        }
        audit.recordAll(entries);
        return sealed.size();
    }

    /** The sessions that have events waiting to be sealed. */
    @Transactional(readOnly = true)
    public List<Long> pendingSessions() {
        return events.sessionsWithPending();
    }
}
