package fr.convergences.motion.model;

/** What a voting session decided. NO_QUORUM decides nothing: the council may be reconvened. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    NO_QUORUM
}
