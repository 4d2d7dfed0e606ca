package fr.convergences.base;

import java.util.regex.Pattern;

/** The checks every text field gets: control characters removed, trimmed, not empty (if required), not longer than its limit. */
public final class TextInput {

    /**
     * C0 control characters but tab and line breaks, and DEL: invisible, never meant, and NUL cannot even
     * be stored by PostgreSQL (it would fail the whole request).
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private TextInput() {
    }

    /**
     * Whether the text holds no line break of any kind. Names and titles are one line: a line break in them can
     * forge a line of a log or of a mail's header-like text (security finding 9).
     */
    public static boolean isSingleLine(String value) {
        return value == null || value.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x0B || c == '\f' || c == 0x85
                || c == 0x2028 || c == 0x2029);
    }

    /** The text without control characters, with Windows line breaks made plain, trimmed; null stays null. */
    public static String clean(String value) {
        return value == null ? null : CONTROLS.matcher(value).replaceAll("").replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The cleaned text, or a refusal with {@code <keyPrefix>.required} or {@code <keyPrefix>.tooLong} (limit as argument). */
    public static String required(String value, int maxLength, String keyPrefix) {
        String clean = value == null ? "" : clean(value);
        if (clean.isEmpty()) {
            throw new UserFacingException(keyPrefix + ".required", maxLength);
        }
        if (clean.length() > maxLength) {
            throw new UserFacingException(keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }

    /** The cleaned text, null when empty, or a refusal with {@code <keyPrefix>.tooLong}. */
    public static String optional(String value, int maxLength, String keyPrefix) {
        String clean = clean(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > maxLength) {
            throw new UserFacingException(keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }
}
