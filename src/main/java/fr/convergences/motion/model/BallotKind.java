package fr.convergences.motion.model;

/** Public roll-call (who voted what is published; a vote can be changed until close) or secret (never changed, receipt code). */
public enum BallotKind {
    ROLL_CALL,
    SECRET
}
