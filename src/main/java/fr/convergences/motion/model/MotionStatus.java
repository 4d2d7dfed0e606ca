package fr.convergences.motion.model;

/** DRAFT until published (then it can be put on a sitting's agenda and voted); ADOPTED or REJECTED once decided. */
public enum MotionStatus {
    DRAFT, PUBLISHED, ADOPTED, REJECTED;

    public boolean isDecided() {
        return this == ADOPTED || this == REJECTED;
    }
}
