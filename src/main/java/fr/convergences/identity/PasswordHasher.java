package fr.convergences.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id through Password4j, a maintained pure-Java implementation that stores the parameters in
 * the hash (PHC format), so that they can be raised later without breaking existing accounts.
 * Parameters: OWASP's recommendation for Argon2id (19 MiB, 2 iterations, 1 lane).
 */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(@Nullable String password, @Nullable String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
