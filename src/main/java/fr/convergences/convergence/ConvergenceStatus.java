package fr.convergences.convergence;

/** Proposed by the engine; confirmed by a moderator (it then survives recomputation); or dismissed. */
public enum ConvergenceStatus {
    PROPOSED,
    CONFIRMED,
    DISMISSED
}
