package fr.convergences.motion.model;

/**
 * The majority a motion needs. Votes cast are for + against: abstentions and blank ballots are not
 * votes cast. The electorate is the seats with voting right, less those recused on the motion.
 */
public enum MajorityRule {
    /** More for than against. */
    SIMPLE,
    /** More for than half of the electorate, whoever took part. */
    ABSOLUTE,
    /** At least two thirds of the votes cast for. */
    TWO_THIRDS
}
