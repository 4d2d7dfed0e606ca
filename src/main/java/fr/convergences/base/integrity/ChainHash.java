package fr.convergences.base.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a chain link, written once for every chain: SHA-256, in lower-case hex, over the link's fields joined by
 * line feeds (an absent field is the word {@code null}). Changing it would break every chain already stored.
 */
public final class ChainHash {

    private ChainHash() {}

    public static String of(String... fields) {
        return sha256(String.join("\n", fields));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
