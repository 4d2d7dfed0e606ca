package fr.convergences.identity;

/**
 * Whether an account holds an active mandate in a council, which makes it a MEMBER there.
 * Mandates live in the territory feature, to the right of identity; it implements this interface
 * so that permissions can ask without identity depending on territory.
 */
public interface MandateLookup {

    boolean hasActiveMandate(long accountId, long councilId);
}
