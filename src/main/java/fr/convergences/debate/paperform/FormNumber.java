package fr.convergences.debate.paperform;

import fr.convergences.base.UserFacingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The number printed on a paper contribution form: the consultation, a serial, and a check digit, written
 * {@code 42-000123-7}. The check digit (Damm's algorithm) catches every single mistyped digit and every swap of
 * two neighbouring digits, so a typo never lands on another form's number.
 */
public record FormNumber(long consultationId, int serial) {

    public static final int SERIAL_DIGITS = 6;
    public static final int MAX_SERIAL = 999_999;
    private static final Pattern WRITTEN = Pattern.compile("^(\\d{1,12})-(\\d{1," + SERIAL_DIGITS + "})-(\\d)$");

    /** Damm's quasigroup of order 10 (totally anti-symmetric): each digit moves the interim check along one row. */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    public FormNumber {
        if (consultationId <= 0 || serial <= 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("no such form number: " + consultationId + "/" + serial);
        }
    }

    public int checkDigit() {
        return damm(digits());
    }

    /** As printed: {@code 42-000123-7}. */
    public String printed() {
        return consultationId + "-" + String.format("%0" + SERIAL_DIGITS + "d", serial) + "-" + checkDigit();
    }

    /**
     * Reads a typed number; spaces are ignored and any dash-like character counts as a dash. Refuses, with a message
     * key, what is not shaped like a form number and a number whose check digit does not match (a typo).
     */
    public static FormNumber parse(@Nullable String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s", "").replaceAll("[‐‑‒–—−_/.]", "-");
        Matcher matcher = WRITTEN.matcher(compact);
        if (!matcher.matches()) {
            throw new UserFacingException("debate.paper.number.format");
        }
        long consultation = Long.parseLong(matcher.group(1));
        int serial = Integer.parseInt(matcher.group(2));
        if (consultation <= 0 || serial <= 0) {
            throw new UserFacingException("debate.paper.number.format");
        }
        FormNumber number = new FormNumber(consultation, serial);
        if (number.checkDigit() != Integer.parseInt(matcher.group(3))) {
            throw new UserFacingException("debate.paper.number.invalid", compact);
        }
        return number;
    }

    private String digits() {
        return consultationId + String.format("%0" + SERIAL_DIGITS + "d", serial);
    }

    public static int damm(String digits) {
        int interim = 0;
        for (char digit : digits.toCharArray()) {
            interim = DAMM[interim][digit - '0'];
        }
        return interim;
    }
}
