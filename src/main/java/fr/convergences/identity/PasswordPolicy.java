package fr.convergences.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a password acceptable: long enough to resist guessing (length matters more than
 * symbols, as ANSSI and NIST now advise), not one of the most common ones (a short list of French favourites, and
 * {@link CommonPasswords}, 30,000 from breaches), not the e-mail address.
 * Returns the message key of the first problem, if any.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "motdepasse123",
            "motdepasse1234",
            "azertyuiop123",
            "azertyuiopqsd",
            "123456789012",
            "qwertyuiop123",
            "password1234",
            "passwordpassword",
            "bonjour123456",
            "soleil123456",
            "marseille1234",
            "doudou123456");

    private PasswordPolicy() {}

    public static Optional<String> problem(@Nullable String password, @Nullable String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5 || CommonPasswords.isCommon(password)) {
            return Optional.of("identity.password.tooCommon");
        }
        if (email != null
                && !email.isBlank()
                && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of("identity.password.containsEmail");
        }
        return Optional.empty();
    }
}
