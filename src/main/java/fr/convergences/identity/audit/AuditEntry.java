package fr.convergences.identity.audit;

import fr.convergences.base.integrity.CanonicalJson;
import fr.convergences.base.integrity.ChainHash;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored entry of a chain, and the rule that hashes it. The hashed text lists every field in a
 * fixed order, separated by a line feed, so that anyone can recompute it from the published data.
 */
public record AuditEntry(
        long chainKey,
        long seq,
        @Nullable Long councilId,
        @Nullable Long actorAccountId,
        String action,
        String subjectType,
        String subjectId,
        String beforeJson,
        String afterJson,
        Instant occurredAt,
        String previousHash,
        String hash) {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** The entry that records this event after {@code previousHash} in its chain, with its hash. */
    static AuditEntry chained(long chainKey, long seq, AuditEvent event, Instant occurredAt, String previousHash) {
        Long councilId = event.councilId();
        Long actorAccountId = event.actor().accountId();
        String beforeJson = CanonicalJson.write(event.before());
        String afterJson = CanonicalJson.write(event.after());
        return new AuditEntry(
                chainKey,
                seq,
                councilId,
                actorAccountId,
                event.action(),
                event.subjectType(),
                event.subjectId(),
                beforeJson,
                afterJson,
                occurredAt,
                previousHash,
                hash(
                        chainKey,
                        seq,
                        councilId,
                        actorAccountId,
                        event.action(),
                        event.subjectType(),
                        event.subjectId(),
                        beforeJson,
                        afterJson,
                        occurredAt,
                        previousHash));
    }

    public String computeHash() {
        return hash(
                chainKey,
                seq,
                councilId,
                actorAccountId,
                action,
                subjectType,
                subjectId,
                beforeJson,
                afterJson,
                occurredAt,
                previousHash);
    }

    private static String hash(
            long chainKey,
            long seq,
            @Nullable Long councilId,
            @Nullable Long actorAccountId,
            String action,
            String subjectType,
            String subjectId,
            String beforeJson,
            String afterJson,
            Instant occurredAt,
            String previousHash) {
        return ChainHash.of(
                Long.toString(chainKey),
                Long.toString(seq),
                String.valueOf(councilId),
                String.valueOf(actorAccountId),
                action,
                subjectType,
                subjectId,
                beforeJson,
                afterJson,
                occurredAt.toString(),
                previousHash);
    }
}
