package fr.convergences.testing;

import fr.convergences.base.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole platform, started once per test JVM on a random port, with a fresh data directory
 * (embedded PostgreSQL and Lucene index on disk) and the demo data loaded. Tests that change data
 * create their own rows rather than relying on a clean database.
 */
public final class TestPlatform {

    private static TestPlatform shared;

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final Path dataDirectory;
    private final TestMailbox mailbox = new TestMailbox();

    private TestPlatform(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "micronaut.server.host", "127.0.0.1",
                        "convergences.data-dir", dataDirectory.toString(),
                        "convergences.mail.mode", "smtp",
                        "convergences.mail.host", "127.0.0.1",
                        "convergences.mail.port", mailbox.port(),
                        DemoMode.PROPERTY, true))
                .start();
        this.server = context.getBean(EmbeddedServer.class).start();
    }

    public static synchronized TestPlatform shared() {
        if (shared == null) {
            shared = new TestPlatform(newDataDirectory());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-platform-stop"));
        }
        return shared;
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
        return Path.of(System.getProperty("convergences.build.directory", "target")).toAbsolutePath();
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

    /** The SMTP server the platform sends its mails to. */
    public TestMailbox mailbox() {
        return mailbox;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void stop() {
        if (context.isRunning()) {
            context.stop();
        }
        mailbox.close();
    }
}
