package fr.convergences.motion.model;

/**
 * An avis is the council's formal opinion addressed to the regional health agency, which decides; a
 * délibération binds within the council's own remit; an arbitration is a choice between options.
 */
public enum MotionKind {
    AVIS,
    DELIBERATION,
    ARBITRATION;

    public boolean hasOptions() {
        return this == ARBITRATION;
    }
}
