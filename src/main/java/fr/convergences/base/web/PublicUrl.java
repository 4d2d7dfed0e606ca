package fr.convergences.base.web;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Absolute links for e-mails. Behind a proxy, set {@code convergences.public-url}
 * (CONVERGENCES_PUBLIC_URL); otherwise the address the person used for the current request is taken.
 */
@Singleton
public class PublicUrl {

    private final String configured;

    public PublicUrl(@Value("${convergences.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The absolute URL of a path of the platform, such as {@code /confirmation?jeton=…}. */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    private String base() {
        if (!configured.isBlank()) {
            return configured;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var http = request.getHttpServletRequest();
            String url = http.getRequestURL().toString();
            String path = http.getRequestURI();
            return url.substring(0, url.length() - path.length()) + http.getContextPath();
        }
        return "http://localhost:8080";
    }
}
