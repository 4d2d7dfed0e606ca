package fr.convergences.motion.model;

import fr.convergences.base.UserFacingException;
import java.util.Optional;

/**
 * Why a policy refuses: the message key of the sentence that tells the person, and its arguments. Policies return an
 * {@code Optional<Refusal>} (empty: allowed); the use case turns a refusal into the user-facing error, and nothing changes.
 */
public record Refusal(String key, Object... arguments) {

    public static Optional<Refusal> of(String key, Object... arguments) {
        return Optional.of(new Refusal(key, arguments));
    }

    public UserFacingException exception() {
        return new UserFacingException(key, arguments);
    }
}
