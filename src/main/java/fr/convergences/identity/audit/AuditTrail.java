package fr.convergences.identity.audit;

/**
 * The append-only audit log: every change to roles, mandates, moderation decisions and votes is
 * recorded through it, in the same transaction as the change itself, so that no change can exist
 * without its entry.
 */
public interface AuditTrail {

    /** Appends the event to its council's hash chain (the platform's chain when it has no council). */
    void record(AuditEvent event);
}
