package fr.convergences.identity;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The browser sessions in which each account is signed in, so that a new password ends all the others: a thief
 * who signed in with the old password is signed out the moment the owner resets it (security finding 8).
 * Sessions live in this process's memory only, like the HTTP sessions themselves, so a restart forgets both.
 * Sessions that ended on their own are dropped whenever the account signs in again or changes its password.
 */
@Singleton
public class AccountSessions {

    private final ConcurrentMap<Long, Set<WrappedSession>> byAccount = new ConcurrentHashMap<>();

    /** Records that the account is signed in in this session. */
    void signedIn(long accountId, WrappedSession session) {
        byAccount.compute(accountId, (id, sessions) -> {
            Set<WrappedSession> live = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            live.removeIf(AccountSessions::hasEnded);
            live.add(session);
            return live;
        });
    }

    /** Ends every session of the account except the current browser's, which may be the one making the change. */
    public int endOthers(long accountId) {
        VaadinSession current = VaadinSession.getCurrent();
        return endAllBut(accountId, current == null ? null : current.getSession());
    }

    int endAllBut(long accountId, @Nullable WrappedSession keep) {
        Set<WrappedSession> sessions = byAccount.remove(accountId);
        if (sessions == null) {
            return 0;
        }
        String kept = keep == null ? null : safeId(keep);
        int ended = 0;
        for (WrappedSession session : sessions) {
            String id = safeId(session);
            if (id == null) {
                continue;
            }
            if (id.equals(kept)) {
                signedIn(accountId, session);
                continue;
            }
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // timed out or signed out in the meantime
            }
        }
        return ended;
    }

    private static @Nullable String safeId(WrappedSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    private static boolean hasEnded(WrappedSession session) {
        try {
            session.getCreationTime(); // the Servlet API throws on an invalidated session
            return false;
        } catch (IllegalStateException ended) {
            return true;
        }
    }
}
