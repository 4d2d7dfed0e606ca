package fr.convergences.base;

import java.util.regex.Pattern;

/**
 * A commune's INSEE code: five characters, digits except Corsica's 2A/2B (not a postal code, which
 * several communes share). The database checks the same pattern on the commune table.
 */
public final class InseeCode {

    private static final Pattern PATTERN = Pattern.compile("^(\\d{5}|2[AB]\\d{3})$");

    private InseeCode() {}

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
