package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.base.security.PlatformKeyFile;
import fr.convergences.motion.model.BallotPadding;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The keys of the sealed ballot boxes. Each secret session gets a random AES-256 key at opening, stored
 * in the database only wrapped (encrypted) by the platform's ballot key, which never enters the database:
 * it comes from {@code convergences.voting.ballot-key} (base 64, 32 bytes) or from a file created at first
 * use in the data directory ({@code keys/ballot-box.key}). The session's key is destroyed at close, once
 * the ballots are published: from then on the sealed rows a backup may still hold cannot be opened.
 * Ballots are sealed with AES-GCM under a random nonce, the session id as associated data (a sealed
 * ballot copied into another session's box does not open).
 */
@Singleton
public class BallotBoxKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final Sql sql;
    private final Path dataDirectory;
    private final String configuredKey;
    private final Map<Long, SecretKeySpec> sessionKeys = new ConcurrentHashMap<>();
    private volatile @Nullable SecretKeySpec platformKey;

    public BallotBoxKeys(
            Sql sql,
            @Value("${convergences.data-dir:data}") String dataDirectory,
            @Value("${convergences.voting.ballot-key:}") String configuredKey) {
        this.sql = sql;
        this.dataDirectory = Path.of(dataDirectory);
        this.configuredKey = configuredKey;
    }

    /** Creates and stores (wrapped) the key of a session's ballot box, in the caller's transaction. */
    public void create(long sessionId) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        sql.update(
                "INSERT INTO voting_session_key (session_id, wrapped) VALUES (?, ?)",
                sessionId,
                seal(platformKey(), sessionId, key));
        sessionKeys.put(sessionId, new SecretKeySpec(key, "AES"));
    }

    /** Seals a ballot padded to the session's length ({@link BallotPadding}): every sealed ballot of a session has one size. */
    public byte[] sealBallot(long sessionId, String ballot, int paddedLength) {
        return seal(sessionKey(sessionId), sessionId, BallotPadding.pad(ballot, paddedLength));
    }

    public String openBallot(long sessionId, byte[] sealed) {
        return BallotPadding.unpad(open(sessionKey(sessionId), sessionId, sealed));
    }

    /**
     * The same ballot sealed again under a fresh nonce: the mixer's copy in the box shares no byte with the
     * pending row it replaces, so a copy of the pending pool taken earlier cannot be matched to the box.
     */
    public byte[] reseal(long sessionId, byte[] sealed) {
        SecretKeySpec key = sessionKey(sessionId);
        return seal(key, sessionId, open(key, sessionId, sealed));
    }

    /** Deletes the session's key, in the caller's transaction; forgotten here once that transaction ends. */
    public void destroy(long sessionId) {
        sql.update("DELETE FROM voting_session_key WHERE session_id = ?", sessionId);
        sessionKeys.remove(sessionId);
    }

    private SecretKeySpec sessionKey(long sessionId) {
        return sessionKeys.computeIfAbsent(sessionId, id -> {
            byte[] wrapped = sql.one(
                            "SELECT wrapped FROM voting_session_key WHERE session_id = ?", row -> row.getBytes(1), id)
                    .orElseThrow(() -> new IllegalStateException("the ballot box of session " + id + " has no key"));
            return new SecretKeySpec(open(platformKey(), id, wrapped), "AES");
        });
    }

    private static byte[] seal(SecretKeySpec key, long sessionId, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(Long.toString(sessionId).getBytes(StandardCharsets.US_ASCII));
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                    .put(nonce)
                    .put(encrypted)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    private static byte[] open(SecretKeySpec key, long sessionId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(Long.toString(sessionId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a sealed ballot of session " + sessionId + " does not open: it was altered", e);
        }
    }

    private SecretKeySpec platformKey() {
        SecretKeySpec key = platformKey;
        if (key == null) {
            synchronized (this) {
                key = platformKey;
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreatePlatformKey(), "AES");
                    platformKey = key;
                }
            }
        }
        return key;
    }

    private byte[] loadOrCreatePlatformKey() {
        return PlatformKeyFile.loadOrCreate(
                configuredKey,
                "convergences.voting.ballot-key",
                dataDirectory.resolve("keys").resolve("ballot-box.key"));
    }
}
