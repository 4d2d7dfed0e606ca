package fr.convergences.motion.model;

/** A for/against ballot. ABSTAIN is also the blank ballot: counted as an abstention, never as a vote cast. */
public enum Vote {
    FOR,
    AGAINST,
    ABSTAIN
}
