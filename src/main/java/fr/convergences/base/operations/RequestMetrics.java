package fr.convergences.base.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request of the public port into {@code convergences.http.requests}, tagged by area and status
 * class. Areas rather than paths: a path holds ids and slugs (one series per contribution would swamp Prometheus),
 * and what an operator reads is whether pages, Vaadin's round trips, the API or static files slow down.
 */
@Singleton
public class RequestMetrics implements Filter {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                Timer.builder("convergences.http.requests")
                        .tag("area", area(http))
                        .tag("status", answer.getStatus() / 100 + "xx")
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry)
                        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** api, static, vaadin (a UI's round trip, heartbeat or push), or page (a page's first load). */
    static String area(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/VAADIN/")
                || path.startsWith("/themes/")
                || path.startsWith("/icons/")
                || path.startsWith("/frontend/")
                || path.endsWith(".js")
                || path.endsWith(".css")
                || path.endsWith(".png")
                || path.endsWith(".svg")
                || path.endsWith(".ico")) {
            return "static";
        }
        return request.getParameter("v-r") != null ? "vaadin" : "page";
    }
}
