package fr.convergences.motion.model;

import fr.convergences.base.integrity.ChainHash;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A secret ballot as published at close: its receipt code, its seat's college and its choice — no voter,
 * no time, no order but the receipt's. The list is sorted by receipt and hashed as a whole; the hash is
 * chained in the closing event and printed in the minutes, so every voter can find their receipt and
 * check their choice, and anyone can check that the list was not changed afterwards.
 */
public record PublishedBallot(String receipt, long collegeId, String choice) {

    /** Crockford's base 32: no I, L, O or U, so that a receipt read aloud or copied by hand is not mistaken. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int RECEIPT_LENGTH = 19;

    /** 80 random bits, as four groups of four characters: {@code 7KQ2-M9XD-4TRB-H0VZ}. */
    public static String newReceipt() {
        StringBuilder receipt = new StringBuilder(RECEIPT_LENGTH);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return receipt.toString();
    }

    /** A receipt as someone typed it: upper case, dashes where they belong, look-alike letters read as digits. */
    public static String normalise(@Nullable String typed) {
        String plain = typed == null
                ? ""
                : typed.toUpperCase()
                        .replaceAll("[^0-9A-Z]", "")
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
        StringBuilder receipt = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(plain.charAt(i));
        }
        return receipt.toString();
    }

    public static List<PublishedBallot> sorted(List<PublishedBallot> ballots) {
        return ballots.stream()
                .sorted(Comparator.comparing(PublishedBallot::receipt))
                .toList();
    }

    /** SHA-256 over the sorted list, one {@code receipt;college;choice} line each. */
    public static String listHash(List<PublishedBallot> ballots) {
        StringBuilder text = new StringBuilder(ballots.size() * 40);
        for (PublishedBallot ballot : sorted(ballots)) {
            text.append(ballot.receipt())
                    .append(';')
                    .append(ballot.collegeId())
                    .append(';')
                    .append(ballot.choice())
                    .append('\n');
        }
        return ChainHash.sha256(text.toString());
    }
}
