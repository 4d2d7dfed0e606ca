package fr.convergences.motion.model;

import org.jspecify.annotations.Nullable;

/**
 * The quorum: at least numerator/denominator of the electorate present or represented (in a sitting),
 * or having taken part (in a vote outside a sitting). A session without quorum requirement is allowed
 * only when it reconvenes a session that lacked quorum, as French council rules usually provide.
 */
public final class QuorumPolicy {

    private QuorumPolicy() {}

    /** Whether the quorum is reached; a null requirement (reconvened session) is always reached. */
    public static boolean reached(@Nullable Quorum quorum, int presentOrRepresented, int electorate) {
        if (quorum == null) {
            return true;
        }
        if (electorate <= 0) {
            return false;
        }
        return (long) presentOrRepresented * quorum.denominator() >= (long) quorum.numerator() * electorate;
    }

    /** Whether a session may run without quorum: only to reconvene a session whose outcome was NO_QUORUM. */
    public static boolean mayWaiveQuorum(@Nullable Outcome reconvenedOutcome) {
        return reconvenedOutcome == Outcome.NO_QUORUM;
    }

    /** A fraction of the electorate, such as 1/2 ("half of the members with voting right"). */
    public record Quorum(int numerator, int denominator) {
        public Quorum {
            if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
                throw new IllegalArgumentException("quorum " + numerator + "/" + denominator);
            }
        }

        public static final Quorum HALF = new Quorum(1, 2);
    }
}
