package fr.convergences.project;

/** What an action answers: a motion of the council, a convergence, a contribution. */
public enum LinkKind {
    MOTION,
    CONVERGENCE,
    CONTRIBUTION
}
