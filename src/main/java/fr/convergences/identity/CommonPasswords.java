package fr.convergences.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The 30,000 most common passwords of a public breach corpus (ASVS 2.1.7), as shipped in the {@code zxcvbn} library
 * from Maven Central ({@code com.nulab-inc:zxcvbn}, MIT licence; its list comes from Dropbox's zxcvbn, built from
 * leaked password sets). Read once from that jar, held as a set (about 2 MB).
 * <p>
 * A password counts as common when it is on the list, or when it is made of at most two runs of letters or digits
 * (symbols ignored) each of which is on the list or trivial (three characters or fewer, a repetition, or a sequence
 * such as {@code abc} or {@code 6789}): {@code azerty123456} and {@code 123456789abc} are two common pieces glued
 * together. A phrase of several ordinary words has more runs, and stays acceptable.
 */
final class CommonPasswords {

    static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private CommonPasswords() {}

    private static final class List30k {
        static final Set<String> WORDS = load();
    }

    static int size() {
        return List30k.WORDS.size();
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (List30k.WORDS.contains(lower)) {
            return true;
        }
        List<String> runs = runs(lower);
        return runs.size() <= 2 && runs.stream().allMatch(run -> List30k.WORDS.contains(run) || trivial(run));
    }

    /** The maximal runs of letters and of digits, in order. */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
            if (next != kind && !current.isEmpty()) {
                runs.add(current.toString());
                current.setLength(0);
            }
            if (next != 0) {
                current.appendCodePoint(c);
            }
            kind = next;
            i += Character.charCount(c);
        }
        if (!current.isEmpty()) {
            runs.add(current.toString());
        }
        return runs;
    }

    private static boolean trivial(String run) {
        if (run.length() <= 3 || run.chars().distinct().count() == 1) {
            return true;
        }
        int step = run.charAt(1) - run.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < run.length(); i++) {
            if (run.charAt(i) - run.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(
                        CommonPasswords.class.getResourceAsStream(RESOURCE),
                        "the common-password list (zxcvbn's passwords.txt) is missing from the class path");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> words = new HashSet<>(40_000);
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
