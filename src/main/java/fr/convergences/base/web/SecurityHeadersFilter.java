package fr.convergences.base.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every page and API answer carries (security finding 9). The Content-Security-Policy is the
 * strictest that Vaadin Flow works under: Flow needs inline scripts and {@code eval} for its bootstrap and
 * {@code executeJs}, and inline styles for its themes; everything else (plugins, framing, foreign scripts, styles,
 * forms and connections) is closed. HSTS only when people reach the platform over TLS.
 */
final class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final boolean https;

    SecurityHeadersFilter(boolean https) {
        this.https = https;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            http.setHeader("X-Frame-Options", "DENY");
            if (https) {
                http.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }
        chain.doFilter(request, response);
    }
}
