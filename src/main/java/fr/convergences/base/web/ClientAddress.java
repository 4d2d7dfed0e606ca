package fr.convergences.base.web;

import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The address of the browser behind the request being served, for the rate limits of visitors' actions. Jetty puts
 * there the address a trusted proxy forwarded (see {@link TrustedProxies}), and the connection's own address for
 * everybody else, so a client cannot choose its own by sending a header. Held for the request's thread, which is also
 * the thread of Vaadin's round trips (the platform uses no server push); empty outside a request (jobs, commands).
 */
@Singleton
public class ClientAddress implements Filter {

    private final ThreadLocal<String> current = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        current.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            current.remove();
        }
    }

    /** The client's address, when a web request is being served on this thread. */
    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }
}
