package fr.convergences.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A 256-bit key of the platform that must never enter the database (the ballot-box key, the import authors' key): taken
 * from its setting when one is given, else read from a file in the data directory's {@code keys} folder, created at
 * first use. Every node needs the same key, so the setting or the {@code keys} folder is copied to each node.
 */
public final class PlatformKeyFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    private PlatformKeyFile() {}

    /**
     * The configured key (base 64) when {@code configured} is not blank, else the key in {@code file}, created there
     * when missing.
     *
     * @param setting the setting's name, for the message when the configured key has the wrong length
     */
    public static byte[] loadOrCreate(String configured, String setting, Path file) {
        if (!configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(setting + " must be 32 bytes in base 64");
            }
            return key;
        }
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the key " + file, e);
        }
    }

    private static byte[] create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        // Written aside then moved: a node killed mid-write leaves no half key that a restart would read.
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the directory's own permissions protect it
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true); // the key must survive a power cut: what it sealed cannot be opened without it
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
