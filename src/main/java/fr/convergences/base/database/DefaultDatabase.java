package fr.convergences.base.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * When no database URL is configured, points the data source at the embedded PostgreSQL kept in
 * the data directory. Setting {@code DATASOURCES_DEFAULT_URL} (with _USERNAME and _PASSWORD)
 * switches to an external server with no code change. The embedded server starts only when a data
 * source is actually built, so commands that need no database start none. It runs before the
 * configuration's own checks, which would otherwise refuse the empty URL.
 */
@Singleton
public class DefaultDatabase implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final Path dataDirectory;
    private @Nullable EmbeddedDatabase embedded;

    public DefaultDatabase(@Value("${convergences.data-dir:data}") String dataDirectory) {
        this.dataDirectory = Path.of(dataDirectory).resolve("postgres");
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getConfiguredUrl();
        if (url == null || url.isBlank()) {
            EmbeddedDatabase database = embedded();
            configuration.setUrl(database.jdbcUrl());
            configuration.setJdbcUrl(database.jdbcUrl());
            configuration.setUsername(database.username());
            configuration.setPassword(database.password());
        }
        return configuration;
    }

    private synchronized EmbeddedDatabase embedded() {
        if (embedded == null) {
            embedded = EmbeddedDatabase.start(dataDirectory);
        }
        return embedded;
    }

    @PreDestroy
    synchronized void stop() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
