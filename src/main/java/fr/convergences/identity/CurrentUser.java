package fr.convergences.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import fr.convergences.base.web.AnonymousSessions;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The person signed in to this browser session, as an {@link Actor} for the services. Only the
 * account id is kept in the session; everything else is read fresh from the database.
 */
@Singleton
public class CurrentUser {

    private static final String SESSION_KEY = CurrentUser.class.getName() + ".accountId";
    private static final String SIGNED_IN_AT = CurrentUser.class.getName() + ".signedInAt";
    private static final String CHECKED_AT = CurrentUser.class.getName() + ".epochCheckedAt";
    /**
     * How often a session asks whether a password reset or change elsewhere ended it: a database read at most this
     * often per session, and a session on another node signed out at most this late.
     */
    static final Duration EPOCH_CHECK = Duration.ofSeconds(5);

    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final AnonymousSessions anonymousSessions;

    private final SessionEpochStore epochs;
    private final Clock clock;

    public CurrentUser(
            AccountRepository accounts,
            AccountSessions sessions,
            AnonymousSessions anonymousSessions,
            SessionEpochStore epochs,
            Clock clock) {
        this.epochs = epochs;
        this.clock = clock;
        this.accounts = accounts;
        this.sessions = sessions;
        this.anonymousSessions = anonymousSessions;
    }

    public Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(SESSION_KEY);
        if (!(id instanceof Long accountId)) {
            return Actor.ANONYMOUS;
        }
        if (endedElsewhere(session, accountId)) {
            // A password reset or change, perhaps on another node, ended this session: it is a visitor's from now on.
            session.setAttribute(SESSION_KEY, null);
            session.setAttribute(SIGNED_IN_AT, null);
            return Actor.ANONYMOUS;
        }
        return Actor.account(accountId);
    }

    /**
     * The session that changed the password stays signed in: it counts as signed in again, after the epoch the change
     * wrote.
     */
    public void renewSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) != null) {
            session.setAttribute(SIGNED_IN_AT, clock.instant());
            session.setAttribute(CHECKED_AT, null);
        }
    }

    private boolean endedElsewhere(VaadinSession session, long accountId) {
        Instant now = clock.instant();
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked
                && checked.plus(EPOCH_CHECK).isAfter(now)) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        Instant signedIn = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        return epochs.notBefore(accountId).filter(signedIn::isBefore).isPresent();
    }

    /** The signed-in account, if it still exists and is not deleted. */
    public Optional<Account> account() {
        return actor().id().flatMap(accounts::findById).filter(account -> account.status() != AccountStatus.DELETED);
    }

    /**
     * Signs the person in on this browser, with a new session id, so that an id planted before the
     * sign-in (session fixation) is worthless afterwards.
     */
    public void startSession(long accountId) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, accountId);
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        session.setAttribute(CHECKED_AT, null);
        sessions.signedIn(accountId, session.getSession());
        if (session.getSession() instanceof WrappedHttpSession http) {
            anonymousSessions.signedIn(
                    http.getHttpSession()); // the visitors' short idle timeout and cap no longer apply
        }
        // The language chosen in the profile follows the person from one browser to another.
        accounts.findById(accountId).ifPresent(account -> session.setLocale(Locale.forLanguageTag(account.locale())));
    }
}
