package fr.convergences.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded PostgreSQL's two generated passwords (its superuser's and the platform role's), kept in a file that
 * only the platform's system user may read. Created once, at the first start; losing it means resetting them by hand.
 */
record DatabaseCredentials(String superuserPassword, String applicationPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUPERUSER = "superuser.password";
    private static final String APPLICATION = "application.password";

    static DatabaseCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String superuser = properties.getProperty(SUPERUSER);
                String application = properties.getProperty(APPLICATION);
                if (superuser == null || application == null) {
                    throw new IllegalStateException(
                            "The database password file " + file + " is incomplete: restore it from a backup.");
                }
                return new DatabaseCredentials(superuser, application);
            }
            DatabaseCredentials created = new DatabaseCredentials(generate(), generate());
            Properties properties = new Properties();
            properties.setProperty(SUPERUSER, created.superuserPassword());
            properties.setProperty(APPLICATION, created.applicationPassword());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            writePrivately(
                    temporary,
                    writer -> properties.store(
                            writer, "Embedded PostgreSQL passwords (generated; keep this file private)"));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the database password file " + file, e);
        }
    }

    /** The superuser's password alone, in the form initdb's {@code --pwfile} reads; the caller deletes it after use. */
    Path writeSuperuserPasswordFile(Path file) throws IOException {
        writePrivately(file, writer -> writer.write(superuserPassword + "\n"));
        return file;
    }

    private interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Created 0600 before a byte is written, and on disk before it is used: a lost password locks the database. */
    private static void writePrivately(Path file, Content content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (Writer writer =
                Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(writer);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]"; // never in a log line or an exception message
    }
}
