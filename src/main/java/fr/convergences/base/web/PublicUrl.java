package fr.convergences.base.web;

import fr.convergences.base.demo.DemoMode;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The platform's public address, from which every absolute link is built: links in e-mails (password reset,
 * confirmation, invitations, debate registrations), the iCalendar files and the OpenID Connect redirect.
 *
 * <p>It comes only from configuration ({@code convergences.public-url}, CONVERGENCES_PUBLIC_URL), never from the
 * request: a Host header chosen by an attacker would otherwise put the attacker's address in a victim's
 * password-reset mail. Outside demo and test modes the server refuses to start without it; in those two modes
 * it defaults to the address the server itself listens on, {@code http://localhost:<the port actually served>}.
 */
@Singleton
public class PublicUrl {

    static final String MISSING =
            "Set CONVERGENCES_PUBLIC_URL (convergences.public-url) to the platform's public address, "
                    + "for example https://cts.example.fr: the links in e-mails are built from it and never from the request's Host header.";

    private final String configured;
    private final boolean localDefaultAllowed;
    private final Supplier<URI> served;

    @Inject
    public PublicUrl(
            @Value("${convergences.public-url:}") String configured,
            @Value("${" + DemoMode.PROPERTY + ":false}") boolean demo,
            Environment environment,
            BeanProvider<EmbeddedServer> server) {
        // The server is looked up lazily: it needs this bean to start, and its port is known only once started.
        this(
                configured,
                demo || environment.getActiveNames().contains(Environment.TEST),
                () -> server.get().getURI());
    }

    PublicUrl(String configured, boolean localDefaultAllowed, Supplier<URI> served) {
        this.configured = normalise(configured.strip());
        this.localDefaultAllowed = localDefaultAllowed;
        this.served = served;
    }

    private static String normalise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalStateException(invalid(value));
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(invalid(value), e);
        }
    }

    private static String invalid(String value) {
        return "CONVERGENCES_PUBLIC_URL (convergences.public-url) must be an http or https address such as "
                + "https://cts.example.fr, not \"" + value + "\".";
    }

    /** Refuses to serve without a configured address, except in demo and test modes; called before the server starts. */
    public void requireConfigured() {
        if (configured.isEmpty() && !localDefaultAllowed) {
            throw new IllegalStateException(MISSING);
        }
    }

    /** The absolute URL of a path of the platform, such as {@code /confirmation?jeton=…}. */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The public address without a trailing slash, such as {@code https://cts.example.fr}. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        requireConfigured();
        // The address this server answers on (http://localhost:<port> when it listens on every interface).
        String address = served.get().toString();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** Whether people reach the platform over TLS (a proxy in front terminates it): cookies are then Secure, HSTS is sent. */
    public boolean isHttps() {
        return configured.regionMatches(true, 0, "https:", 0, 6);
    }
}
