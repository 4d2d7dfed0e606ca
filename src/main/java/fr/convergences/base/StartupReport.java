package fr.convergences.base;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the platform took to start and how much memory it holds, for the README's figures; warns when the
 * JVM would survive an OutOfMemoryError.
 */
@Singleton
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        Runtime runtime = Runtime.getRuntime();
        long heapUsedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        LOG.info(
                "Started in {} ms (JVM uptime); heap used {} MB of {} MB max; resident memory {}",
                uptimeMillis,
                heapUsedMb,
                runtime.maxMemory() / (1024 * 1024),
                residentMemory().orElse("unknown"));
        if (!exitsOnOutOfMemory()) {
            LOG.warn(
                    "Start the JVM with -XX:+ExitOnOutOfMemoryError: after an OutOfMemoryError the process should exit "
                            + "so that its supervisor restarts it, rather than live on with dead threads");
        }
    }

    /** Whether the JVM was told to exit on OutOfMemoryError (a flag that cannot be set from inside the process). */
    static boolean exitsOnOutOfMemory() {
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return diagnostics != null
                    && ("true"
                                    .equals(diagnostics
                                            .getVMOption("ExitOnOutOfMemoryError")
                                            .getValue())
                            || "true"
                                    .equals(diagnostics
                                            .getVMOption("CrashOnOutOfMemoryError")
                                            .getValue()));
        } catch (IllegalArgumentException | UnsupportedOperationException notHotSpot) {
            return false;
        }
    }

    /** The process's resident set size, as the operating system counts it (Linux only). */
    private static Optional<String> residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).trim())
                    .findFirst();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
