package fr.convergences.identity.audit;

import fr.convergences.base.integrity.CanonicalJson;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends to a council's hash chain in the caller's transaction: the entry commits or rolls back
 * with the change it records. A transaction-scoped advisory lock on the chain serialises appends to
 * the same chain (no two entries get the same sequence number, the chain never forks) while other
 * councils' chains are not blocked.
 */
@Singleton
public class HashChainedAuditLog implements AuditTrail {

    /** The chain of platform-level changes, which belong to no council. */
    static final long PLATFORM_CHAIN = 0;
    private final AuditEntryStore entries;
    private final Clock clock;

    public HashChainedAuditLog(AuditEntryStore entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditEvent event) {
        long chain = event.councilId() == null ? PLATFORM_CHAIN : event.councilId();
        entries.lockChain(chain);
        AuditChainHead head = entries.head(chain);
        // PostgreSQL keeps microseconds: hash what will be stored, or verification would never match.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(chain, head.seq() + 1, event.councilId(), event.actor().accountId(), event.action(),
                event.subjectType(), event.subjectId(), CanonicalJson.write(event.before()), CanonicalJson.write(event.after()),
                now, head.hash(), null);
        entries.append(entry, entry.computeHash(), CanonicalJson.CURRENT.number());
    }

    /** The latest entry's sequence number and hash; (0, genesis) for an empty chain. */
    AuditChainHead head(long chain) {
        return entries.head(chain);
    }
}
