package fr.convergences.identity.audit;

import fr.convergences.base.integrity.ChainHash;
import java.time.Instant;

/**
 * One stored entry of a chain, and the rule that hashes it. The hashed text lists every field in a
 * fixed order, separated by a line feed, so that anyone can recompute it from the published data.
 */
public record AuditEntry(
        long chainKey,
        long seq,
        Long councilId,
        Long actorAccountId,
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

    public String computeHash() {
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
