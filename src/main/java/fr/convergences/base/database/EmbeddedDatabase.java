package fr.convergences.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The platform's default database: a real PostgreSQL from the Maven-shipped binaries, whose data
 * directory persists between runs and which is as durable as a normal server.
 *
 * <p>A run that follows a killed one must start cleanly. When the JVM is killed, the PostgreSQL
 * server it started keeps running on the data directory. An exclusive lock on a file beside the
 * data directory tells the two cases apart: the operating system releases it when its JVM dies,
 * so if we can take it, any server still running on the directory is a leftover, and we stop it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock ownership;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock ownership) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.ownership = ownership;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The database directory " + directory
                        + " is in use by another running Convergences. Stop it, or set CONVERGENCES_DATA_DIR to another directory.");
            }
            EmbeddedDatabase database = new EmbeddedDatabase(directory, channel, lock);
            try {
                database.startServer();
            } catch (RuntimeException | IOException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    private void startServer() throws IOException {
        stopLeftoverServer();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The builder's defaults favour test speed; the platform's data must survive a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        LOG.info("Using the embedded PostgreSQL in {} on port {}. Set DATASOURCES_DEFAULT_URL, "
                        + "DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD to use an external PostgreSQL instead.",
                dataDirectory, postgres.getPort());
    }

    /** Stops a server left running on our directory by a killed run, or clears its stale pid file. */
    private void stopLeftoverServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(pid.get()).filter(EmbeddedDatabase::isPostgres);
        if (leftover.isEmpty()) {
            // The pid is dead or now belongs to another program: the file is stale, and we hold the lock.
            LOG.info("Removing the stale PostgreSQL pid file of a previous run in {}", dataDirectory);
            Files.deleteIfExists(pidFile);
            return;
        }
        LOG.warn("A PostgreSQL server (pid {}) was left running on {} by a previous run that did not stop; stopping it",
                pid.get(), dataDirectory);
        ProcessHandle process = leftover.get();
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.onExit().get(LEFTOVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("The leftover PostgreSQL did not stop in {} s; killing it (its write-ahead log makes that safe)",
                    LEFTOVER_STOP_WAIT.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the leftover PostgreSQL (pid " + pid.get() + ")", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    /** Local trust authentication on the loopback interface: the embedded server has no password. */
    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        } finally {
            try {
                if (ownership.isValid()) {
                    ownership.release();
                }
                lockChannel.close();
            } catch (IOException e) {
                LOG.debug("Could not release the database directory lock", e);
            }
        }
    }
}
