package fr.convergences.motion.infrastructure;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Moves sealed secret ballots from the pending pool into the box, so that nothing in the database joins a
 * voter's register row to their ballot. A cast writes its register row and its pooled ballot in one
 * transaction (same xmin, neighbouring on disk, which is what makes it durable when acknowledged); the
 * mixer, in a transaction of its own, takes at least {@code k} pending ballots of a session at once,
 * seals each again under a fresh nonce, shuffles them and inserts them in that random order: every box row
 * of a batch then carries the mixer's transaction id, a place on disk that follows no cast order, and bytes
 * that no earlier copy of the pool holds. A voter's ballot is one of the batch's k or more, no closer.
 * Fewer than k pending wait for more, or for the close, which moves the rest before counting.
 */
@Singleton
public class BallotMixer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BallotStore ballots;
    private final BallotBoxKeys keys;
    private final SessionLocks locks;
    private final int minimumBatch;

    public BallotMixer(
            BallotStore ballots,
            BallotBoxKeys keys,
            SessionLocks locks,
            @Value("${convergences.voting.mix-batch:10}") int minimumBatch) {
        this.ballots = ballots;
        this.keys = keys;
        this.locks = locks;
        this.minimumBatch = Math.max(1, minimumBatch);
    }

    /** The sessions with at least k ballots pending. */
    @Transactional(readOnly = true)
    public List<Long> dueSessions() {
        return ballots.sessionsWithPooled(minimumBatch);
    }

    /** Mixes the session's pending ballots into its box when at least {@code minimum} are pending; returns how many moved. */
    @Transactional
    public int mix(long sessionId, int minimum) {
        // Shared, like a cast: the close (exclusive) waits for a batch in flight and then moves what is left itself.
        locks.shared(sessionId);
        if (ballots.pooled(sessionId) < Math.max(1, minimum)) {
            return 0;
        }
        return move(sessionId);
    }

    /** Mixes when at least k are pending (the background loop). */
    public int mixIfDue(long sessionId) {
        return mix(sessionId, minimumBatch);
    }

    /** Everything still pending, whatever its number: the close, in its own transaction that holds the session's lock exclusively. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int mixAll(long sessionId) {
        return move(sessionId);
    }

    private int move(long sessionId) {
        List<byte[]> pending = ballots.takePooled(sessionId);
        if (pending.isEmpty()) {
            return 0;
        }
        List<byte[]> mixed = new ArrayList<>(pending.size());
        pending.forEach(ballot -> mixed.add(keys.reseal(sessionId, ballot)));
        Collections.shuffle(mixed, RANDOM);
        ballots.dropInBox(sessionId, mixed);
        return mixed.size();
    }
}
