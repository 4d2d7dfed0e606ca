package fr.convergences.base.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Ends a session once it is older than its absolute lifetime, however active it is: a stolen session id stops
 * working by the end of the day even if its thief keeps using it. The idle timeout is Jetty's own
 * (see {@link WebServer}); this is the other bound, which the Servlet API does not offer.
 */
final class SessionLifetimeFilter implements Filter {

    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            HttpSession session = http.getSession(false);
            if (session != null && isTooOld(session)) {
                try {
                    session.invalidate(); // Vaadin then answers "session expired" and the page reloads, signed out
                } catch (IllegalStateException alreadyEnded) {
                    // ended by another request meanwhile
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() > maxLifetime.toMillis();
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }
}
