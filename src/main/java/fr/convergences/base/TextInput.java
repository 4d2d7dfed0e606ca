package fr.convergences.base;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks every text field gets: control characters removed, trimmed, not empty (if required), not longer than its limit. */
public final class TextInput {

    /**
     * C0 control characters but tab and line breaks, and DEL: invisible, never meant, and NUL cannot even
     * be stored by PostgreSQL (it would fail the whole request).
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private TextInput() {}

    /**
     * Whether the text holds no line break of any kind. Names and titles are one line: a line break in them can
     * forge a line of a log or of a mail's header-like text (security finding 9).
     */
    public static boolean isSingleLine(@Nullable String value) {
        return value == null
                || value.chars()
                        .noneMatch(c -> c == '\n'
                                || c == '\r'
                                || c == 0x0B
                                || c == '\f'
                                || c == 0x85
                                || c == 0x2028
                                || c == 0x2029);
    }

    /**
     * Whether the text, once trimmed of its surrounding white space (as every field is), is one plain line: no line break
     * of any kind (CR, LF, VT, FF, NEL, U+2028, U+2029) and no other control character (tab included). Titles, places and
     * names are shown on one line, in lists, in mails' subjects and in logs: a break or a control character there forges
     * a line or hides part of the text (issue 18). A trailing line break pasted with the text is only trimmed.
     */
    public static boolean isPlainLine(@Nullable String value) {
        return value == null
                || value.strip()
                        .chars()
                        .noneMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029);
    }

    /**
     * The rule every single-line field follows: refused with {@code text.singleLine} when it holds a line break or a
     * control character (rather than silently joined, so that nothing the author did not see is stored), else checked
     * as {@link #required}.
     */
    public static String singleLine(@Nullable String value, int maxLength, String keyPrefix) {
        requirePlainLine(value);
        return required(value, maxLength, keyPrefix);
    }

    /** As {@link #singleLine}, for a field that may be left empty (then null), as {@link #optional}. */
    public static @Nullable String singleLineOptional(@Nullable String value, int maxLength, String keyPrefix) {
        requirePlainLine(value);
        return optional(value, maxLength, keyPrefix);
    }

    /** Refuses a text that is not one plain line with the shared {@code text.singleLine} message. */
    public static void requirePlainLine(@Nullable String value) {
        if (!isPlainLine(value)) {
            throw new UserFacingException("text.singleLine");
        }
    }

    /** The text without control characters, with Windows line breaks made plain, trimmed; null stays null. */
    public static @Nullable String clean(@Nullable String value) {
        return value == null ? null : cleaned(value);
    }

    /** As {@link #clean}, with null read as an empty text: for checks that treat a missing text as an empty one. */
    public static String cleanOrEmpty(@Nullable String value) {
        return value == null ? "" : cleaned(value);
    }

    private static String cleaned(String value) {
        return CONTROLS.matcher(value)
                .replaceAll("")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
    }

    /** The cleaned text, or a refusal with {@code <keyPrefix>.required} or {@code <keyPrefix>.tooLong} (limit as argument). */
    public static String required(@Nullable String value, int maxLength, String keyPrefix) {
        String clean = value == null ? "" : cleaned(value);
        if (clean.isEmpty()) {
            throw new UserFacingException(keyPrefix + ".required", maxLength);
        }
        if (clean.length() > maxLength) {
            throw new UserFacingException(keyPrefix + ".tooLong", maxLength);
        }
        return clean;
    }

    /** The cleaned text, null when empty, or a refusal with {@code <keyPrefix>.tooLong}. */
    public static @Nullable String optional(@Nullable String value, int maxLength, String keyPrefix) {
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
