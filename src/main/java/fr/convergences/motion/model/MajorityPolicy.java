package fr.convergences.motion.model;

/**
 * Decides a for/against vote under a majority rule. Votes cast are for + against; abstentions and
 * blank ballots are not votes cast. An equal split (as many for as against, at least one each) is a
 * TIE only under the simple majority: under the absolute or two-thirds majority it never reaches the
 * threshold, so there is nothing to settle.
 */
public final class MajorityPolicy {

    public enum Decision {
        ADOPTED,
        REJECTED,
        TIE
    }

    private MajorityPolicy() {}

    public static Decision decide(MajorityRule rule, int forVotes, int against, int electorate) {
        long cast = (long) forVotes + against;
        return switch (rule) {
            case SIMPLE ->
                forVotes > against
                        ? Decision.ADOPTED
                        : forVotes == against && forVotes > 0 ? Decision.TIE : Decision.REJECTED;
            case ABSOLUTE -> 2L * forVotes > electorate ? Decision.ADOPTED : Decision.REJECTED;
            case TWO_THIRDS -> cast > 0 && 3L * forVotes >= 2 * cast ? Decision.ADOPTED : Decision.REJECTED;
        };
    }
}
