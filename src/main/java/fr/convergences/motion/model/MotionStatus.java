package fr.convergences.motion.model;

/**
 * DRAFT until published (then it can be put on a sitting's agenda and voted); ADOPTED or REJECTED once decided;
 * CANCELLED by the secretariat before any vote, with its reason.
 */
public enum MotionStatus {
    DRAFT,
    PUBLISHED,
    ADOPTED,
    REJECTED,
    CANCELLED;

    public boolean isDecided() {
        return this == ADOPTED || this == REJECTED;
    }
}
