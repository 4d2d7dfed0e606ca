package fr.convergences.contribution.exchange;

import fr.convergences.base.security.PlatformKeyFile;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The author of a row imported from another platform, as a source that convergences can count: a keyed hash
 * (HMAC-SHA-256) of the platform and the author's id or name there. The name is never stored; the key never enters
 * the database, so that the hashes cannot be reversed by trying names from a dump. It comes from
 * {@code convergences.exchange.author-key} (base 64, 32 bytes) or from {@code <data dir>/keys/import-authors.key},
 * created at first use; every node needs the same one (the {@code keys} folder is copied to each node).
 */
@Singleton
class ImportAuthors {

    private final Path dataDirectory;
    private final String configuredKey;
    private volatile @Nullable SecretKeySpec key;

    ImportAuthors(
            @Value("${convergences.data-dir:data}") String dataDirectory,
            @Value("${convergences.exchange.author-key:}") String configuredKey) {
        this.dataDirectory = Path.of(dataDirectory);
        this.configuredKey = configuredKey;
    }

    /** The source of an author of the platform, or null when the row names none; the same author always gives the same. */
    @Nullable
    String source(String origin, @Nullable String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            // The platform is part of the hash: the same name on two platforms is not taken for one person.
            return HexFormat.of()
                    .formatHex(mac.doFinal(
                            (origin + "\n" + ImportRowPolicy.comparable(author)).getBytes(StandardCharsets.UTF_8)));
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
        return PlatformKeyFile.loadOrCreate(
                configuredKey,
                "convergences.exchange.author-key",
                dataDirectory.resolve("keys").resolve("import-authors.key"));
    }
}
