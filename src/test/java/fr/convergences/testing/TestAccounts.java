package fr.convergences.testing;

import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.Actor;
import fr.convergences.identity.PasswordHasher;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds active, confirmed accounts for tests, with a unique e-mail address each time so that
 * tests sharing one platform never collide. The password is always {@link #PASSWORD}.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    /**
     * Argon2id takes tens of milliseconds by design; thousands of test accounts sharing one password can share its hash
     * (the salt inside it only defends against precomputed tables, which do not matter for a test password).
     */
    private static volatile String passwordHash;

    private final TestPlatform platform;

    public TestAccounts(TestPlatform platform) {
        this.platform = platform;
    }

    public Account create(String displayName) {
        return create(displayName, false);
    }

    public Account createPlatformAdmin(String displayName) {
        return create(displayName, true);
    }

    /** An account created a month ago: its reports count towards hiding a contribution automatically. */
    public Account createEstablished(String displayName) {
        return create(displayName, false, Instant.now().minus(Duration.ofDays(30)));
    }

    private Account create(String displayName, boolean platformAdmin) {
        return create(displayName, platformAdmin, Instant.now());
    }

    private Account create(String displayName, boolean platformAdmin, Instant createdAt) {
        String email = displayName.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@test.convergences.invalid";
        String hash = passwordHash();
        return platform.bean(AccountRepository.class)
                .save(new Account(
                        null,
                        email,
                        displayName,
                        hash,
                        AccountStatus.ACTIVE,
                        "fr",
                        null,
                        null,
                        platformAdmin,
                        createdAt,
                        createdAt,
                        null,
                        null));
    }

    public static Actor actor(Account account) {
        return Actor.account(account.id());
    }

    private String passwordHash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = platform.bean(PasswordHasher.class).hash(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }
}
