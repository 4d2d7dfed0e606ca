package fr.convergences.testing;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/**
 * A second application node beside {@link TestPlatform}: the same PostgreSQL and mailbox, its own data directory (its
 * own search index) and port, as two nodes behind a load balancer would run. Stop it when done.
 */
public final class SecondNode implements AutoCloseable {

    private final ApplicationContext context;
    private final EmbeddedServer server;

    public SecondNode(TestPlatform first) {
        this(first, Map.of());
    }

    /** The same, with some settings added or changed (a management port, a shorter poll). */
    public SecondNode(TestPlatform first, Map<String, Object> overrides) {
        DatasourceConfiguration database = first.bean(DatasourceConfiguration.class);
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "micronaut.server.port", -1,
                "micronaut.server.host", "127.0.0.1",
                "convergences.data-dir", TestPlatform.newDataDirectory().toString(),
                "convergences.mail.mode", "smtp",
                "convergences.mail.host", "127.0.0.1",
                "convergences.mail.port", first.mailbox().port(),
                "datasources.default.url", database.getUrl(),
                "datasources.default.username", database.getUsername(),
                "datasources.default.password", database.getPassword()));
        properties.putAll(overrides);
        this.context = ApplicationContext.builder()
                .environments("test")
                .properties(properties)
                .start();
        this.server = context.getBean(EmbeddedServer.class).start();
    }

    public java.net.URI uri(String path) {
        return server.getURI().resolve(path);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context.isRunning()) {
            context.stop();
        }
    }
}
