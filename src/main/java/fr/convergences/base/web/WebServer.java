package fr.convergences.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinServlet;
import fr.convergences.base.operations.RequestMetrics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.SessionCookieConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.Configuration;
import org.eclipse.jetty.ee11.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee11.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebXmlConfiguration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.HouseKeeper;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's single HTTP port: an embedded Jetty 12.1 (Servlet 6.1, which Vaadin 25 needs and
 * Micronaut's own servlet servers do not offer) serving Vaadin at {@code /} and Micronaut's
 * controllers at {@code /api}. Being Micronaut's {@link EmbeddedServer}, it is started by
 * {@code Micronaut.run} and stopped with the application context.
 */
@Singleton
public class WebServer implements EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    public static final String API_PATH = "/api";
    /**
     * The class path entries Jetty scans for Vaadin's annotations: Vaadin's jars (flow-*, vaadin-*), a classes folder
     * (Maven, the IDE, the tests), and the jar or folder this class came from, whatever it is called ({@code java -jar}).
     */
    static final String SCANNED_JARS =
            ".*/(flow|vaadin)-[^/]*\\.jar|.*/classes/.*|.*/" + Pattern.quote(ownClassPathEntry()) + "/?";

    private final ApplicationContext applicationContext;
    private final ApplicationConfiguration applicationConfiguration;
    private final ApplicationEventPublisher<Object> events;
    private final int configuredPort;
    private final String host;
    private final PublicUrl publicUrl;
    private final Duration sessionIdleTimeout;
    private final Duration sessionMaxLifetime;
    private final Clock clock;
    private final I18NProvider messages;
    private final List<String> trustedProxies;
    private final RequestMetrics requestMetrics;
    private final ClientAddress clientAddress;
    private final AnonymousSessions anonymousSessions;
    private final UnknownRouteFilter unknownRoutes;
    private @Nullable Server jetty;

    public WebServer(
            ApplicationContext applicationContext,
            ApplicationConfiguration applicationConfiguration,
            ApplicationEventPublisher<Object> events,
            @Value("${micronaut.server.port:8080}") int configuredPort,
            @Value("${micronaut.server.host:0.0.0.0}") String host,
            PublicUrl publicUrl,
            @Value("${convergences.session.idle-timeout:30m}") Duration sessionIdleTimeout,
            @Value("${convergences.session.max-lifetime:12h}") Duration sessionMaxLifetime,
            Clock clock,
            I18NProvider messages,
            @Value("${convergences.trusted-proxies:}") List<String> trustedProxies,
            RequestMetrics requestMetrics,
            ClientAddress clientAddress,
            AnonymousSessions anonymousSessions,
            UnknownRouteFilter unknownRoutes) {
        this.applicationContext = applicationContext;
        this.applicationConfiguration = applicationConfiguration;
        this.events = events;
        this.configuredPort = configuredPort;
        this.host = host;
        this.publicUrl = publicUrl;
        this.sessionIdleTimeout = sessionIdleTimeout;
        this.sessionMaxLifetime = sessionMaxLifetime;
        this.clock = clock;
        this.messages = messages;
        this.requestMetrics = requestMetrics;
        this.clientAddress = clientAddress;
        this.anonymousSessions = anonymousSessions;
        this.unknownRoutes = unknownRoutes;
        this.trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
    }

    @Override
    public synchronized EmbeddedServer start() {
        if (isRunning()) {
            return this;
        }
        publicUrl.requireConfigured();
        try {
            jetty = new Server();
            // Ended sessions leave memory when Jetty's housekeeper scavenges them, every ten minutes by default; once a
            // minute, so that visitors' short sessions (AnonymousSessions) free their hundreds of KB soon after they
            // end.
            DefaultSessionIdManager sessionIds = new DefaultSessionIdManager(jetty);
            HouseKeeper housekeeper = new HouseKeeper();
            housekeeper.setIntervalSec(60);
            sessionIds.setSessionHouseKeeper(housekeeper);
            jetty.addBean(sessionIds, true);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false); // no "Server: Jetty(12.x)" telling which vulnerabilities to try
            http.setSendXPoweredBy(false);
            // Jetty keeps, per open connection, a cache of the request headers it has seen (1,024 entries by default:
            // a 96 KB trie), and a browser keeps about six connections open: that was 576 KB per visitor on top of
            // the ~300 KB of a consultation page's UI (docs/BENCHMARKS.md). Parsing those few headers again costs
            // microseconds; 0 turns the cache off (convergences.web.header-cache-size brings it back, for measuring).
            http.setHeaderCacheSize(applicationContext
                    .getProperty("convergences.web.header-cache-size", Integer.class)
                    .orElse(0));
            if (!trustedProxies.isEmpty()) {
                http.addCustomizer(new TrustedProxies(Set.copyOf(trustedProxies)));
            }
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(host);
            // Micronaut's convention -1 (and 0) mean "any free port": tests run many servers at once.
            connector.setPort(configuredPort <= 0 ? 0 : configuredPort);
            jetty.addConnector(connector);
            jetty.setErrorHandler(new PlatformErrorHandler(messages));
            jetty.setHandler(webApplication());
            jetty.setStopAtShutdown(false); // Micronaut's shutdown hook stops us, in order
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The web server could not start on port " + configuredPort + ": " + e.getMessage(), e);
        }
        LOG.info("Convergences is serving on {}", getURI());
        events.publishEvent(new ServerStartupEvent(this));
        return this;
    }

    private WebAppContext webApplication() {
        ContainerJars.exposeManifestClassPath();
        WebAppContext web = new WebAppContext();
        web.setContextPath("/");
        web.setBaseResource(ResourceFactory.of(web).newResource(staticResourceRoot()));
        web.setParentLoaderPriority(true);
        // Vaadin and the API servlet serve every path, so Jetty's default servlets are not needed;
        // and its webdefault.xml names listener classes that the web-app class loader hides.
        web.setDefaultsDescriptor(null);
        // Without webdefault.xml there is no default session timeout at all: sessions (and their Vaadin UIs,
        // hundreds of KB each) would live until the process dies. Set it here, with an absolute lifetime on top.
        web.getSessionHandler().setMaxInactiveInterval((int) Math.max(1, sessionIdleTimeout.toSeconds()));
        web.addFilter(new FilterHolder(requestMetrics), "/*", EnumSet.of(DispatcherType.REQUEST));
        web.addFilter(new FilterHolder(clientAddress), "/*", EnumSet.of(DispatcherType.REQUEST));
        web.addFilter(
                new FilterHolder(new SessionLifetimeFilter(sessionMaxLifetime, clock)),
                "/*",
                EnumSet.of(DispatcherType.REQUEST));
        web.addFilter(new FilterHolder(anonymousSessions), "/*", EnumSet.of(DispatcherType.REQUEST));
        web.getSessionHandler().addEventListener(anonymousSessions);
        // The session cookie is out of scripts' reach (an XSS cannot steal it) and not sent by other sites' forms;
        // Secure when people come over TLS: always if the public address is https, else when a trusted proxy says so.
        SessionCookieConfig cookie = web.getSessionHandler().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(publicUrl.isHttps());
        web.getSessionHandler().setSecureRequestOnly(true);
        web.addFilter(
                new FilterHolder(new SecurityHeadersFilter(publicUrl.isHttps())),
                "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        web.addFilter(new FilterHolder(unknownRoutes), "/*", EnumSet.of(DispatcherType.REQUEST));
        web.setErrorHandler(new PlatformErrorHandler(messages));
        // We register Vaadin's servlet ourselves; its automatic deployment would look for a second one.
        web.setInitParameter("disable.automatic.servlet.registration", "true");
        web.setThrowUnavailableOnStartupException(true);
        // Vaadin finds its routes and initialisers through the Servlet container's annotation scan, so Jetty must scan
        // our classes and Vaadin's own jars (flow-server's error views and lookups, the components'). Only those: every
        // jar on the class path (ICU4J, Lucene, PDFBox, PostgreSQL's binaries...) made Jetty's start take 8.5-18 s
        // against 0.9-1.4 s, side by side in one run (2026-12-07). Initialisers declared in META-INF/services are
        // still found in every jar; the pattern only bounds the class scan.
        web.setConfigurations(new Configuration[] {
            new AnnotationConfiguration(), new WebInfConfiguration(), new WebXmlConfiguration(),
            new MetaInfConfiguration(), new FragmentConfiguration(), new JettyWebXmlConfiguration()
        });
        web.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED_JARS);
        // Micronaut's servlet engine would start a second application context of its own;
        // we mount its servlet ourselves, on the context that is already running.
        web.setAttribute(
                AnnotationConfiguration.SERVLET_CONTAINER_INITIALIZER_EXCLUSION_PATTERN,
                "io\\.micronaut\\.servlet\\..*");
        web.setAttribute(ApplicationContext.class.getName(), applicationContext);
        web.getServletContext().setAttribute(DefaultMicronautServlet.CONTEXT_ATTRIBUTE, applicationContext);

        ServletHolder vaadin = new ServletHolder("vaadin", VaadinServlet.class);
        vaadin.setInitParameter("productionMode", "true");
        // An open but untouched tab's heartbeats must not keep its session alive past the idle timeout.
        vaadin.setInitParameter("closeIdleSessions", "true");
        vaadin.setAsyncSupported(true);
        web.addServlet(vaadin, "/*");

        ServletHolder api = new ServletHolder("api", new DefaultMicronautServlet(applicationContext));
        // Synchronous: the servlet engine's asynchronous completion reads request attributes after
        // Jetty 12 has recycled the request. The API's answers are small and quick.
        api.setAsyncSupported(false);
        web.addServlet(api, API_PATH + "/*");
        return web;
    }

    /** The last name of the jar or folder holding the platform's classes, e.g. {@code convergences.jar}. */
    private static String ownClassPathEntry() {
        try {
            Path location = Path.of(WebServer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path name = location.getFileName();
            return name == null ? "classes" : name.toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "classes"; // an unusual class loader: the classes folder pattern is what is left
        }
    }

    /** Vaadin serves static files itself; Jetty only needs a real folder as the web root. */
    private static URI staticResourceRoot() {
        URL marker = Objects.requireNonNull(
                WebServer.class.getClassLoader().getResource("META-INF/resources/webroot.txt"),
                "META-INF/resources/webroot.txt is missing from the class path");
        String url = marker.toString();
        return URI.create(url.substring(0, url.length() - "webroot.txt".length()));
    }

    @Override
    public synchronized EmbeddedServer stop() {
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.warn("The web server did not stop cleanly", e);
            }
            jetty = null;
            events.publishEvent(new ServerShutdownEvent(this));
        }
        return this;
    }

    @Override
    public boolean isRunning() {
        return jetty != null && jetty.isRunning();
    }

    @Override
    public int getPort() {
        if (jetty == null) {
            return configuredPort;
        }
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @Override
    public String getHost() {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public URI getURI() {
        return URI.create(getScheme() + "://" + getHost() + ":" + getPort());
    }

    @Override
    public ApplicationContext getApplicationContext() {
        return applicationContext;
    }

    @Override
    public ApplicationConfiguration getApplicationConfiguration() {
        return applicationConfiguration;
    }
}
