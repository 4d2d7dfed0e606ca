package fr.convergences.contribution.exchange;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The author of a row imported from another platform, as a source that convergences can count: a keyed hash
 * (HMAC-SHA-256) of the platform and the author's id or name there. The name is never stored; the key never enters
 * the database, so that the hashes cannot be reversed by trying names from a dump. It comes from
 * {@code convergences.exchange.author-key} (base 64, 32 bytes) or from {@code <data dir>/keys/import-authors.key},
 * created at first use; every node needs the same one (the {@code keys} folder is copied to each node).
 */
@Singleton
class ImportAuthors {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDirectory;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    ImportAuthors(@Value("${convergences.data-dir:data}") String dataDirectory, @Value("${convergences.exchange.author-key:}") String configuredKey) {
        this.dataDirectory = Path.of(dataDirectory);
        this.configuredKey = configuredKey;
    }

    /** The source of an author of the platform, or null when the row names none; the same author always gives the same. */
    String source(String origin, String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            // The platform is part of the hash: the same name on two platforms is not taken for one person.
            return HexFormat.of().formatHex(mac.doFinal((origin + "\n" + ImportRowPolicy.comparable(author)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreate(), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadOrCreate() {
        if (!configuredKey.isBlank()) {
            byte[] configured = Base64.getDecoder().decode(configuredKey.strip());
            if (configured.length != 32) {
                throw new IllegalStateException("convergences.exchange.author-key must be 32 bytes in base 64");
            }
            return configured;
        }
        Path file = dataDirectory.resolve("keys").resolve("import-authors.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] created = new byte[32];
            RANDOM.nextBytes(created);
            Path temporary = file.resolveSibling("import-authors.key.new");
            Files.writeString(temporary, Base64.getEncoder().encodeToString(created));
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the import authors' key " + file, e);
        }
    }
}
