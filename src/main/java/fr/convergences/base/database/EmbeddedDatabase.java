package fr.convergences.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's default database: a real PostgreSQL from the Maven-shipped binaries, whose data
 * directory persists between runs and which is as durable as a normal server.
 *
 * <p>A run that follows a killed one must start cleanly. When the JVM is killed, the PostgreSQL
 * server it started keeps running on the data directory. An exclusive lock on a file beside the
 * data directory tells the two cases apart: the operating system releases it when its JVM dies,
 * so if we can take it, any server still running on the directory is a leftover, and we stop it.
 *
 * <p>The server trusts nobody: every connection gives a password (SCRAM), kept with a generated superuser
 * password in a 0600 file beside the data directory ({@code postgres.credentials}), and the platform connects
 * as {@value #APPLICATION_ROLE}, a role that owns the schema but is no superuser (it cannot run programs or read
 * the server's files, such as the ballot key). A data directory made before this is converted at its next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);
    private static final String SUPERUSER = "postgres";
    /** The role the platform connects as: it owns the schema, and nothing else. */
    static final String APPLICATION_ROLE = "convergences";

    private static final String DATABASE = "postgres";
    /** Marks the authentication file as ours; a file without it is a data directory from before SCRAM. */
    private static final String HBA_MARKER = "# Convergences: password (SCRAM) authentication only";

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock ownership;
    // Set by startServer, which start() runs before handing the instance out; close() clears the server.
    @SuppressWarnings("NullAway.Init")
    private EmbeddedPostgres postgres;

    @SuppressWarnings("NullAway.Init")
    private DatabaseCredentials credentials;

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock ownership) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.ownership = ownership;
    }

    /** " (process 1234)" when the lock file names the process holding it, else nothing. */
    private static String owner(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, java.nio.charset.StandardCharsets.US_ASCII)
                    .strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The database directory " + directory
                        + " is in use by another running Convergences" + owner(lockFile)
                        + ". Stop it, or set CONVERGENCES_DATA_DIR to another directory.");
            }
            // The owner's process id, so that the next start can name the process that holds the directory.
            channel.truncate(0);
            channel.write(
                    java.nio.ByteBuffer.wrap(
                            Long.toString(ProcessHandle.current().pid())
                                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    0);
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

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    private void startServer() throws IOException {
        stopLeftoverServer();
        credentials = DatabaseCredentials.loadOrCreate(credentialsFile(dataDirectory));
        boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        Path initialPassword = fresh
                ? credentials.writeSuperuserPasswordFile(
                        dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb"))
                : null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The builder's defaults favour test speed; the platform's data must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.superuserPassword())
                    // A directory that already has our authentication file keeps it; a new one gets it from the start.
                    .setDataDirectoryCustomizer(directory -> {
                        if (fresh || isSecured(directory.toPath())) {
                            writeHba(directory.toPath());
                        }
                    })
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (initialPassword != null) {
                // initdb's own options come after zonky's "-A trust": the superuser has a password from the first
                // moment.
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
            }
            postgres = builder.start();
        } finally {
            if (initialPassword != null) {
                Files.deleteIfExists(initialPassword);
            }
        }
        secure();
        LOG.info(
                "Using the embedded PostgreSQL in {} on port {} as role {} (passwords in {}). Set DATASOURCES_DEFAULT_URL, "
                        + "DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD to use an external PostgreSQL instead.",
                dataDirectory,
                postgres.getPort(),
                APPLICATION_ROLE,
                credentialsFile(dataDirectory));
    }

    /** The passwords live beside the data directory, not in it: PostgreSQL's own files never hold them in clear. */
    static Path credentialsFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolveSibling(dataDirectory.getFileName() + ".credentials");
    }

    /**
     * Makes the server require passwords and gives the platform its own role: on every start (cheap and
     * idempotent), and above all on the first start of a data directory created before this was done, which still
     * trusts local connections until the end of this method.
     */
    private void secure() throws IOException {
        try (Connection connection =
                        DriverManager.getConnection(superuserUrl(), SUPERUSER, credentials.superuserPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.superuserPassword()));
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE
                    + "') " + "THEN CREATE ROLE " + APPLICATION_ROLE + "; END IF; END $$");
            statement.execute(
                    "ALTER ROLE " + APPLICATION_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                            + "NOBYPASSRLS PASSWORD " + literal(credentials.applicationPassword()));
            // CREATE on the database lets migrations add trusted extensions (btree_gist); TEMPORARY for temporary
            // tables.
            statement.execute("GRANT CONNECT, TEMPORARY, CREATE ON DATABASE " + DATABASE + " TO " + APPLICATION_ROLE);
            // The owner of every table could drop its triggers anyway; bulk loads may switch them off for a
            // transaction.
            statement.execute("GRANT SET ON PARAMETER session_replication_role TO " + APPLICATION_ROLE);
            statement.execute("ALTER SCHEMA public OWNER TO " + APPLICATION_ROLE);
            statement.execute(TAKE_OVER_SCHEMA_OBJECTS);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not secure the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
        if (!isSecured(dataDirectory)) {
            writeHba(dataDirectory);
            try (Connection connection =
                            DriverManager.getConnection(superuserUrl(), SUPERUSER, credentials.superuserPassword());
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not reload the embedded PostgreSQL's authentication rules", e);
            }
            LOG.info(
                    "The embedded PostgreSQL in {} now requires passwords (SCRAM); the platform connects as role {}",
                    dataDirectory,
                    APPLICATION_ROLE);
        }
    }

    /** Objects made by the superuser before the platform had its own role (tables, views, sequences, functions, types). */
    private static final String TAKE_OVER_SCHEMA_OBJECTS = """
            DO $$
            DECLARE
                item record;
            BEGIN
                FOR item IN
                    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                      AND c.relowner <> '%1$s'::regrole
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                      AND d.deptype IN ('a', 'i', 'e'))
                    ORDER BY c.relkind = 'S'
                LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE item.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '%1$s'::regrole
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', item.name);
                END LOOP;
                FOR item IN
                    SELECT t.oid::regtype AS name FROM pg_type t
                    WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> '%1$s'::regrole AND t.typtype IN ('e', 'd', 'r')
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER TYPE %%s OWNER TO %1$s', item.name);
                END LOOP;
            END $$""".formatted(APPLICATION_ROLE);

    private static boolean isSecured(Path directory) {
        try {
            Path hba = directory.resolve("pg_hba.conf");
            return Files.exists(hba) && Files.readString(hba).contains(HBA_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every connection, local socket or loopback, must give a password; nothing else may connect at all. */
    private static void writeHba(Path directory) {
        try {
            Files.writeString(
                    directory.resolve("pg_hba.conf"),
                    HBA_MARKER + "\n"
                            + "local all all scram-sha-256\n"
                            + "host  all all 127.0.0.1/32 scram-sha-256\n"
                            + "host  all all ::1/128 scram-sha-256\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(String password) {
        return "'" + password.replace("'", "''") + "'";
    }

    private String superuserUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
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
        LOG.warn(
                "A PostgreSQL server (pid {}) was left running on {} by a previous run that did not stop; stopping it",
                pid.get(),
                dataDirectory);
        ProcessHandle process = leftover.get();
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.onExit().get(LEFTOVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "The leftover PostgreSQL did not stop in {} s; killing it (its write-ahead log makes that safe)",
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
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive()
                && process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(false);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The platform's own role, which owns its schema and is not a superuser. */
    public String username() {
        return APPLICATION_ROLE;
    }

    public String password() {
        return credentials.applicationPassword();
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    @SuppressWarnings("NullAway") // clears the server so that a second close does nothing; nothing reads it after
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
