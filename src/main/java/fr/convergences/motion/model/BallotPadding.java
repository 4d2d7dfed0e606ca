package fr.convergences.motion.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The plain text of a sealed secret ballot, padded to one length per session before it is encrypted.
 * AES-GCM keeps the length of what it encrypts: unpadded, {@code receipt;college;FOR} and
 * {@code receipt;college;AGAINST} differ by four bytes, and an approval list or a ranking by its number of
 * options, so anyone who reads the box could read the choices from the lengths. The length is derived from
 * the session's method and options alone (the longest choice they allow, the longest college id), so every
 * ballot of a session, whatever it says, seals to the same number of bytes.
 *
 * <p>Layout: a version byte, the text's length (two bytes), the text (UTF-8), zeros up to the length.
 */
public final class BallotPadding {

    private static final byte VERSION = 1;
    private static final int HEADER = 3;
    /** A college id is a positive {@code long}: at most 19 digits; one more keeps a margin. */
    private static final int COLLEGE_DIGITS = 20;

    private BallotPadding() {}

    /** The padded length of every ballot of a session with this method and these options. */
    public static int length(VotingMethod method, List<Long> optionIds) {
        int longestChoice = switch (method) {
            case FOR_AGAINST ->
                Arrays.stream(Vote.values())
                        .mapToInt(vote -> vote.name().length())
                        .max()
                        .orElseThrow();
            // "A:" or "R:", every option once, separated by one character: the longest approval or ranking.
            case APPROVAL, RANKED ->
                2
                        + optionIds.stream()
                                .mapToInt(id -> Long.toString(id).length())
                                .sum()
                        + Math.max(0, optionIds.size() - 1);
        };
        return HEADER + PublishedBallot.RECEIPT_LENGTH + 1 + COLLEGE_DIGITS + 1 + longestChoice;
    }

    public static byte[] pad(String ballot, int length) {
        byte[] text = ballot.getBytes(StandardCharsets.UTF_8);
        if (HEADER + text.length > length) {
            // Never padded to its own length, which would tell it apart: a longer ballot is a bug in length().
            throw new IllegalArgumentException(
                    "a ballot of " + text.length + " bytes does not fit the session's padded length " + length);
        }
        return ByteBuffer.allocate(length)
                .put(VERSION)
                .putShort((short) text.length)
                .put(text)
                .array();
    }

    /** The ballot's text; sealed ballots written before padding (they start with a receipt character) are read as they are. */
    public static String unpad(byte[] plain) {
        if (plain.length < HEADER || plain[0] != VERSION) {
            return new String(plain, StandardCharsets.UTF_8);
        }
        int length = Short.toUnsignedInt(ByteBuffer.wrap(plain, 1, 2).getShort());
        return new String(plain, HEADER, length, StandardCharsets.UTF_8);
    }
}
