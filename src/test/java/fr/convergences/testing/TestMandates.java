package fr.convergences.testing;

import fr.convergences.identity.MandateLookup;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes an account a council MEMBER in tests of identity, which cannot use the territory feature's
 * mandates (they live to its right). Permissions ask every MandateLookup; this one only knows the
 * pairs a test registered.
 */
@Singleton
@Requires(env = "test")
public class TestMandates implements MandateLookup {

    private final Set<String> members = ConcurrentHashMap.newKeySet();

    public void makeMember(long accountId, long councilId) {
        members.add(accountId + "/" + councilId);
    }

    @Override
    public boolean hasActiveMandate(long accountId, long councilId) {
        return members.contains(accountId + "/" + councilId);
    }
}
