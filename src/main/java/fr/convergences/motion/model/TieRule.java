package fr.convergences.motion.model;

/** What an equal split decides: the motion is rejected, or the president's ballot settles it (casting vote). */
public enum TieRule {
    REJECTED,
    CASTING_VOTE
}
