package fr.convergences.identity.audit;

import fr.convergences.base.integrity.CanonicalJson;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
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
    // Keeps our advisory locks apart from any other use of advisory locks on the same database.
    private static final int LOCK_NAMESPACE = 0x41554454; // "AUDT"

    private final JdbcOperations jdbc;
    private final Clock clock;

    public HashChainedAuditLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditEvent event) {
        long chain = event.councilId() == null ? PLATFORM_CHAIN : event.councilId();
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)", statement -> {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Long.hashCode(chain));
            return statement.execute();
        });
        AuditChainHead head = head(chain);
        // PostgreSQL keeps microseconds: hash what will be stored, or verification would never match.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(chain, head.seq() + 1, event.councilId(), event.actor().accountId(), event.action(),
                event.subjectType(), event.subjectId(), CanonicalJson.write(event.before()), CanonicalJson.write(event.after()),
                now, head.hash(), null);
        String hash = entry.computeHash();
        jdbc.prepareStatement("""
                INSERT INTO audit_entry (chain_key, seq, council_id, actor_account_id, action, subject_type, subject_id,
                                         before_json, after_json, occurred_at, previous_hash, hash, canonical_rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setLong(1, entry.chainKey());
            statement.setLong(2, entry.seq());
            statement.setObject(3, entry.councilId());
            statement.setObject(4, entry.actorAccountId());
            statement.setString(5, entry.action());
            statement.setString(6, entry.subjectType());
            statement.setString(7, entry.subjectId());
            statement.setString(8, entry.beforeJson());
            statement.setString(9, entry.afterJson());
            statement.setTimestamp(10, Timestamp.from(entry.occurredAt()));
            statement.setString(11, entry.previousHash());
            statement.setString(12, hash);
            statement.setInt(13, CanonicalJson.CURRENT.number());
            return statement.executeUpdate();
        });
    }

    /** The latest entry's sequence number and hash; (0, genesis) for an empty chain. */
    AuditChainHead head(long chain) {
        return jdbc.prepareStatement("SELECT seq, hash FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC LIMIT 1", statement -> {
            statement.setLong(1, chain);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? new AuditChainHead(rows.getLong(1), rows.getString(2)) : new AuditChainHead(0, AuditEntry.GENESIS);
            }
        });
    }
}
