package fr.convergences.identity.audit;

/**
 * The append-only audit log: every change to roles, mandates, moderation decisions and votes is
 * recorded through it, in the same transaction as the change itself, so that no change can exist
 * without its entry.
 */
public interface AuditTrail {

    /** Appends the event to its council's hash chain (the platform's chain when it has no council). */
    void record(AuditEvent event);

    /**
     * Appends the events in the order given, each to its council's chain, as {@link #record} would one after the
     * other: the same entries, in the same order, with the same hashes. A log may take each chain's lock and head once
     * for the whole list and write the entries in one batch (the voting sealer journals a block of casts at once).
     */
    default void recordAll(java.util.List<AuditEvent> events) {
        events.forEach(this::record);
    }
}
