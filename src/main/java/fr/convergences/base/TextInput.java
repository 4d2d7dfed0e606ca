package fr.convergences.base;

/** The checks every required text field gets: trimmed, not empty, not longer than its limit. */
public final class TextInput {

    private TextInput() {
    }

    /** The trimmed text, or a refusal with {@code <keyPrefix>.required} or {@code <keyPrefix>.tooLong} (limit as argument). */
    public static String required(String value, int maxLength, String keyPrefix) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException(keyPrefix + ".required", maxLength);
        }
        if (clean.length() > maxLength) {
            throw new UserFacingException(keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }
}
