package fr.convergences.testing;

import fr.convergences.base.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The whole platform, started once per test JVM on a random port, with a fresh data directory
 * (embedded PostgreSQL and Lucene index on disk) and the demo data loaded. Tests that change data
 * create their own rows rather than relying on a clean database.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String OIDC_ISSUER_ID = "fournisseur";
    public static final String OIDC_CLIENT_ID = "convergences";

    private static TestPlatform shared;

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final Path dataDirectory;
    private final TestMailbox mailbox = new TestMailbox();
    private final MockOAuth2Server identityProvider = new MockOAuth2Server();

    private TestPlatform(Path dataDirectory, Map<String, Object> overrides) {
        this.dataDirectory = dataDirectory;
        identityProvider.start(InetAddress.getLoopbackAddress(), 0);
        Map<String, Object> properties = new HashMap<>(Map.ofEntries(
                Map.entry("micronaut.server.port", -1),
                Map.entry("micronaut.server.host", "127.0.0.1"),
                Map.entry("convergences.data-dir", dataDirectory.toString()),
                Map.entry("convergences.mail.mode", "smtp"),
                Map.entry("convergences.mail.host", "127.0.0.1"),
                Map.entry("convergences.mail.port", mailbox.port()),
                Map.entry("convergences.oidc.enabled", true),
                Map.entry(
                        "convergences.oidc.issuer",
                        identityProvider.issuerUrl(OIDC_ISSUER_ID).toString()),
                Map.entry("convergences.oidc.client-id", OIDC_CLIENT_ID),
                Map.entry("convergences.oidc.client-secret", "test-secret"),
                Map.entry("convergences.oidc.label", "FranceConnect (test)"),
                Map.entry(DemoMode.PROPERTY, true)));
        properties.putAll(overrides);
        this.context = ApplicationContext.builder()
                .environments("test")
                .properties(properties)
                .start();
        this.server = context.getBean(EmbeddedServer.class).start();
    }

    public static synchronized TestPlatform shared() {
        if (shared == null) {
            shared = new TestPlatform(newDataDirectory(), Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-platform-stop"));
        }
        return shared;
    }

    /**
     * A second platform of its own, with some settings changed (short session timeouts, say), for the few tests that
     * need a setting the shared one cannot have. It costs a database and the demo data: close it when done.
     */
    public static TestPlatform separate(Map<String, Object> overrides) {
        return new TestPlatform(newDataDirectory(), overrides);
    }

    /** A data directory under target/, so that a failed run can be inspected and {@code mvn clean} removes it. */
    public static Path newDataDirectory() {
        try {
            Path root = buildDirectory().resolve("test-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root, "platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maven's build directory (target/ unless told otherwise), where tests keep their files. */
    public static Path buildDirectory() {
        return Path.of(System.getProperty("convergences.build.directory", "target"))
                .toAbsolutePath();
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public URI uri(String path) {
        return server.getURI().resolve(path);
    }

    /** A real OpenID Connect provider (mock-oauth2-server) that the platform is configured to use. */
    public MockOAuth2Server identityProvider() {
        return identityProvider;
    }

    /** The SMTP server the platform sends its mails to. */
    public TestMailbox mailbox() {
        return mailbox;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        stop();
    }

    private void stop() {
        if (context.isRunning()) {
            context.stop();
        }
        mailbox.close();
        identityProvider.shutdown();
    }
}
