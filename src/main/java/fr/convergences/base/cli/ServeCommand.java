package fr.convergences.base.cli;

import fr.convergences.base.demo.DemoMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** Starts the platform: database, migrations, search index and the web server on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the platform (the default command).")
public class ServeCommand implements Runnable {

    private static volatile boolean serving;

    @Mixin
    Options options = new Options();

    public ServeCommand() {
    }

    public ServeCommand(Options options) {
        this.options = options;
    }

    /** Options shared by the root command and {@code serve}. */
    public static class Options {
        @Option(names = "--port", description = "HTTP port (default: 8080, or MICRONAUT_SERVER_PORT).")
        Integer port;

        @Option(names = "--demo", description = "Load the demo territory, council and accounts (idempotent).")
        boolean demo;
    }

    @Override
    public void run() {
        Map<String, Object> properties = new HashMap<>();
        if (options.port != null) {
            properties.put("micronaut.server.port", options.port);
        }
        if (options.demo) {
            properties.put(DemoMode.PROPERTY, true);
        }
        ApplicationContext context = Micronaut.build(new String[0])
                .mainClass(ServeCommand.class)
                .properties(properties)
                .banner(false)
                .start();
        serving = context.isRunning();
    }

    public static boolean isServing() {
        return serving;
    }
}
