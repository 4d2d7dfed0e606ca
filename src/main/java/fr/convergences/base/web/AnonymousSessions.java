package fr.convergences.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.i18n.Messages;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bounds the HTTP sessions of visitors who have not signed in (security finding 2). Vaadin needs a session for every
 * page view, hundreds of KB each, and one client sending requests without cookies gets a new one each time: about
 * 1,850 of them filled a 768 MB heap. So a session that never signed in lives only a short idle time, and one client
 * address (the browser's, from trusted proxies only: {@link ClientAddress}) holds at most a number of them at once;
 * past it, a request that would start one more gets a short localised page with HTTP 429 instead. A session leaves
 * the count when it ends or signs in ({@link #signedIn}), and then takes the ordinary idle timeout. Counted in this
 * process's memory, like the sessions themselves; two requests racing may pass the cap by one or two, which is harmless.
 */
@Singleton
public class AnonymousSessions implements Filter, HttpSessionListener {

    private static final String ADDRESS = AnonymousSessions.class.getName() + ".address";
    private static final String SIGNED_IN = AnonymousSessions.class.getName() + ".signedIn";

    private final ClientAddress client;
    private final I18NProvider messages;
    private final int maxPerAddress;
    private final Duration anonymousIdleTimeout;
    private final Duration idleTimeout;
    private final ConcurrentMap<String, Set<HttpSession>> byAddress = new ConcurrentHashMap<>();

    AnonymousSessions(
            ClientAddress client,
            I18NProvider messages,
            @Value("${convergences.session.anonymous-per-address:100}") int maxPerAddress,
            @Value("${convergences.session.anonymous-idle-timeout:10m}") Duration anonymousIdleTimeout,
            @Value("${convergences.session.idle-timeout:30m}") Duration idleTimeout) {
        this.client = client;
        this.messages = messages;
        this.maxPerAddress = maxPerAddress;
        // Never longer than everybody's idle timeout: "short" is relative to it.
        this.anonymousIdleTimeout =
                anonymousIdleTimeout.compareTo(idleTimeout) < 0 ? anonymousIdleTimeout : idleTimeout;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse answer)
                || !mayStartSession(http)) {
            chain.doFilter(request, response);
            return;
        }
        String address = client.current().orElse(request.getRemoteAddr());
        if (http.getSession(false) == null && count(address) >= maxPerAddress) {
            refuse(http, answer);
            return;
        }
        chain.doFilter(request, response);
        HttpSession session = http.getSession(false);
        if (session != null) {
            track(session, address);
        }
    }

    /** The API and static files never start a session: they stay served whatever the count. */
    private static boolean mayStartSession(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith(WebServer.API_PATH + "/") && !path.startsWith("/VAADIN/");
    }

    private void track(HttpSession session, String address) {
        try {
            if (session.getAttribute(SIGNED_IN) != null) {
                return;
            }
            if (session.getAttribute(ADDRESS) == null) {
                session.setAttribute(ADDRESS, address);
                session.setMaxInactiveInterval(seconds(anonymousIdleTimeout));
            }
            // The address of a session's first request is the one it counts for, even if later requests come from
            // another.
            byAddress
                    .computeIfAbsent((String) session.getAttribute(ADDRESS), key -> ConcurrentHashMap.newKeySet())
                    .add(session);
        } catch (IllegalStateException ended) {
            // invalidated during the request (signed out): nothing to count
        }
    }

    /** The session has signed in: it no longer counts against its address and takes the ordinary idle timeout. */
    public void signedIn(HttpSession session) {
        session.setAttribute(SIGNED_IN, Boolean.TRUE);
        session.setMaxInactiveInterval(seconds(idleTimeout));
        forget(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    private void forget(HttpSession session) {
        Object address = session.getAttribute(ADDRESS);
        if (address instanceof String key) {
            byAddress.computeIfPresent(key, (unused, ids) -> {
                ids.remove(session);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    /**
     * The sessions of visitors not signed in that this address holds now. Sessions past their idle time are dropped
     * here, not only when Jetty's scavenger ends them (every few minutes), so that their places free on time.
     */
    int count(String address) {
        Set<HttpSession> sessions = byAddress.get(address);
        if (sessions == null) {
            return 0;
        }
        long now = System.currentTimeMillis();
        sessions.removeIf(session -> hasEnded(session, now));
        return sessions.size();
    }

    private static boolean hasEnded(HttpSession session, long now) {
        try {
            return session.getMaxInactiveInterval() > 0
                    && now - session.getLastAccessedTime() > session.getMaxInactiveInterval() * 1000L;
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.supported(request.getLocale());
        String title = messages.getTranslation("error.sessions.title", locale);
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + title
                + "</title></head><body><h1>" + title + "</h1><p>"
                + messages.getTranslation("error.sessions.text", locale, Math.max(1, anonymousIdleTimeout.toMinutes()))
                + "</p></body></html>";
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(anonymousIdleTimeout.toSeconds()));
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, duration.toSeconds());
    }
}
