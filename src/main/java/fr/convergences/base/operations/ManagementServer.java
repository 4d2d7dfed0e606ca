package fr.convergences.base.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port: Prometheus scrapes {@code /metrics} here, never on the public port. Off unless
 * {@code convergences.management.port} is set (CONVERGENCES_MANAGEMENT_PORT; 0 or -1 for any free port), and bound to
 * 127.0.0.1 unless {@code convergences.management.host} says otherwise: the metrics name the platform's inner workings
 * (pool sizes, job timings), which are nobody else's business, and a separate port is what a firewall or a
 * container network can keep private without any password to manage. A small Jetty of its own, apart from the web
 * application's, so that no filter, session or Vaadin servlet of the public port applies to it.
 */
@Singleton
public class ManagementServer {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final String port;
    private final String host;
    private @Nullable Server jetty;

    public ManagementServer(
            PrometheusMeterRegistry registry,
            @Value("${convergences.management.port:}") String port,
            @Value("${convergences.management.host:127.0.0.1}") String host) {
        this.registry = registry;
        this.port = port.strip();
        this.host = host;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        start();
    }

    /** Starts the management port if one is configured; returns whether it serves. */
    public synchronized boolean start() {
        if (jetty != null || port.isEmpty()) {
            return jetty != null;
        }
        int number = Integer.parseInt(port);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(Math.max(0, number));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!"/metrics".equals(Request.getPathInContext(request))) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    return true;
                }
                byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                response.setStatus(HttpStatus.OK_200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROMETHEUS_TEXT);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The management port " + port + " could not be opened on " + host + ": " + e.getMessage(), e);
        }
        jetty = server;
        LOG.info(
                "Metrics for Prometheus at http://{}:{}/metrics (management port, not the public one)",
                host,
                localPort());
        return true;
    }

    /** The port the management server listens on, or -1 when it is off. */
    public synchronized int localPort() {
        return jetty == null ? -1 : ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @PreDestroy
    public synchronized void stop() {
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                LOG.warn("The management port did not stop cleanly: {}", e.getMessage());
            }
            jetty = null;
        }
    }
}
