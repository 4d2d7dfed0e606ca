package fr.convergences.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import fr.convergences.base.web.AnonymousSessions;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The person signed in to this browser session, as an {@link Actor} for the services. Only the
 * account id is kept in the session; everything else is read fresh from the database.
 */
@Singleton
public class CurrentUser {

    private static final String SESSION_KEY = CurrentUser.class.getName() + ".accountId";

    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final AnonymousSessions anonymousSessions;

    public CurrentUser(AccountRepository accounts, AccountSessions sessions, AnonymousSessions anonymousSessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.anonymousSessions = anonymousSessions;
    }

    public Actor actor() {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(SESSION_KEY);
        return id instanceof Long accountId ? Actor.account(accountId) : Actor.ANONYMOUS;
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
        sessions.signedIn(accountId, session.getSession());
        if (session.getSession() instanceof WrappedHttpSession http) {
            anonymousSessions.signedIn(http.getHttpSession()); // the visitors' short idle timeout and cap no longer apply
        }
        // The language chosen in the profile follows the person from one browser to another.
        accounts.findById(accountId).ifPresent(account -> session.setLocale(Locale.forLanguageTag(account.locale())));
    }
}
