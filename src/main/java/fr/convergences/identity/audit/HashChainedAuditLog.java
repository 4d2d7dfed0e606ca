package fr.convergences.identity.audit;

import fr.convergences.base.integrity.CanonicalJson;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        AuditEntry entry = AuditEntry.chained(chain, head.seq() + 1, event, now, head.hash());
        entries.append(entry, CanonicalJson.CURRENT.number());
    }

    /**
     * The same entries as {@link #record} called for each event in turn, with three statements per chain instead of
     * three per entry: the chain's lock and head once, the hashes chained here, one batched insert. Chains are locked in
     * ascending order, so that two lists naming the same chains never wait for each other in a cycle.
     */
    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        if (events.size() == 1) {
            record(events.getFirst());
            return;
        }
        Map<Long, List<AuditEvent>> byChain = new TreeMap<>();
        for (AuditEvent event : events) {
            byChain.computeIfAbsent(
                            event.councilId() == null ? PLATFORM_CHAIN : event.councilId(), key -> new ArrayList<>())
                    .add(event);
        }
        for (Map.Entry<Long, List<AuditEvent>> chainEvents : byChain.entrySet()) {
            long chain = chainEvents.getKey();
            entries.lockChain(chain);
            AuditChainHead head = entries.head(chain);
            long seq = head.seq();
            String previous = head.hash();
            List<AuditEntry> block = new ArrayList<>(chainEvents.getValue().size());
            for (AuditEvent event : chainEvents.getValue()) {
                // Each entry reads the clock as record would: the times stay those of one entry after the other.
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                AuditEntry entry = AuditEntry.chained(chain, ++seq, event, now, previous);
                previous = entry.hash();
                block.add(entry);
            }
            entries.appendAll(block, CanonicalJson.CURRENT.number());
        }
    }

    /** The latest entry's sequence number and hash; (0, genesis) for an empty chain. */
    AuditChainHead head(long chain) {
        return entries.head(chain);
    }
}
