package fr.convergences.contribution;

/** Where a comment stands on the contribution: for, against, or neutral (a question, a precision). */
public enum Stance {
    FOR,
    AGAINST,
    NEUTRAL
}
