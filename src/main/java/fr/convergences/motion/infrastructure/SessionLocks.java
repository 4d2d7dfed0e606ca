package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;

/**
 * Transaction-scoped advisory locks that keep casting, changing and closing from racing. Every cast
 * takes its session's lock shared (casts never wait for each other); closing, and the changes that alter
 * who may vote (proxies, absences, recusals, attendance), take it exclusive, so they wait for the casts in
 * flight and the casts that follow see their effect. The seal lock orders the appends to a session's chain.
 */
@Singleton
public class SessionLocks {

    // Namespaces keep these locks apart from the audit log's and any other use of advisory locks.
    private static final int SESSION = 0x564F5445; // "VOTE"
    private static final int SEAL = 0x5345414C; // "SEAL"

    private final Sql sql;

    public SessionLocks(Sql sql) {
        this.sql = sql;
    }

    public void shared(long sessionId) {
        sql.one(
                "SELECT pg_advisory_xact_lock_shared(?, ?)::text",
                row -> row.getString(1),
                SESSION,
                Long.hashCode(sessionId));
    }

    public void exclusive(long sessionId) {
        sql.one("SELECT pg_advisory_xact_lock(?, ?)::text", row -> row.getString(1), SESSION, Long.hashCode(sessionId));
    }

    public void seal(long sessionId) {
        sql.one("SELECT pg_advisory_xact_lock(?, ?)::text", row -> row.getString(1), SEAL, Long.hashCode(sessionId));
    }
}
