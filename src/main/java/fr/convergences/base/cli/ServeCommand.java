package fr.convergences.base.cli;

import fr.convergences.base.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the platform: database, migrations, search index and the web server on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the platform (the default command).")
public class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    Options options = new Options();

    public ServeCommand() {}

    public ServeCommand(Options options) {
        this.options = options;
    }

    /** Options shared by the root command and {@code serve}. */
    public static class Options {
        @Option(names = "--port", description = "HTTP port (default: 8080, or MICRONAUT_SERVER_PORT).")
        @Nullable
        Integer port;

        @Option(names = "--demo", description = "Load the demo territory, council and accounts (idempotent).")
        boolean demo;

        /**
         * An IDE's stop button or a Ctrl+C that reaches only Maven kills the parent, not this JVM: without this watch the
         * platform and its PostgreSQL would keep running and hold the data directory.
         */
        @Option(
                names = "--stop-with-parent",
                description = "Stop when the process that started this one ends "
                        + "(used by ./mvnw -Pdemo, so that stopping Maven stops the platform and its database).")
        boolean stopWithParent;
    }

    @Override
    public Integer call() {
        int port = Optional.ofNullable(options.port).orElseGet(ServeCommand::configuredPort);
        // Said before the database and the demo data start, in a sentence rather than a bind exception at the end.
        if (port > 0 && !isFree(port)) {
            System.err.println("Convergences could not start: port " + port + " is already in use by another program. "
                    + "Stop it, or choose another port with --port N (or MICRONAUT_SERVER_PORT).");
            return 2;
        }
        Map<String, Object> properties = new HashMap<>();
        if (options.port != null) {
            properties.put("micronaut.server.port", options.port);
        }
        if (options.demo) {
            properties.put(DemoMode.PROPERTY, true);
        }
        if (options.stopWithParent) {
            // Watched from before the start (which blocks this thread while serving); exiting runs the shutdown hook,
            // which stops the server and the embedded PostgreSQL.
            ParentWatch.ofCurrentParent().onExit(() -> {
                System.err.println("The process that started Convergences has ended: stopping.");
                System.exit(0);
            });
        }
        ApplicationContext context;
        try {
            context = Micronaut.build(new String[0])
                    .mainClass(ServeCommand.class)
                    .properties(properties)
                    .banner(false)
                    .start();
        } catch (RuntimeException e) {
            System.err.println(StartupFailure.explain(e));
            return 2;
        }
        serving = context.isRunning();
        return 0;
    }

    public static boolean isServing() {
        return serving;
    }

    private static int configuredPort() {
        String configured = System.getProperty("micronaut.server.port", System.getenv("MICRONAUT_SERVER_PORT"));
        try {
            return configured == null ? 8080 : Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            return 8080; // Micronaut reports the malformed value itself
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
