package fr.convergences.motion.model;

import fr.convergences.base.integrity.ChainHash;
import org.jspecify.annotations.Nullable;

/**
 * One link of a voting session's hash chain: the session, its place in the chain, what happened (a
 * canonical JSON payload), the previous link's hash and its own. The hashed text lists the fields in a
 * fixed order separated by line feeds, so anyone can recompute it from the published events.
 */
public record ChainEvent(
        long sessionId,
        long seq,
        Kind kind,
        String payload,
        String previousHash,
        @Nullable String hash) {

    /** The previous hash of the first event of every session. */
    public static final String GENESIS = "0".repeat(64);

    public enum Kind {
        /** The session opens: its rules, options and electorate (seats and their colleges). */
        OPENED,
        /** A ballot is cast: seat, voter, capacity, and the choice for a roll-call ballot only. */
        CAST,
        /** A roll-call ballot is changed before close. */
        CHANGED,
        /** A member declares an interest while the session is open. */
        RECUSAL,
        /** The session closes: presence, recusals, the published ballots' hash, and the count. */
        CLOSED
    }

    public String computeHash() {
        return ChainHash.of(Long.toString(sessionId), Long.toString(seq), kind.name(), payload, previousHash);
    }

    public ChainEvent sealed(long newSeq, String previous) {
        ChainEvent unsealed = new ChainEvent(sessionId, newSeq, kind, payload, previous, null);
        return new ChainEvent(sessionId, newSeq, kind, payload, previous, unsealed.computeHash());
    }
}
