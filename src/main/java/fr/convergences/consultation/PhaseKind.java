package fr.convergences.consultation;

/** The phases of a consultation, in their usual order; they may overlap (contributions and debates often do). */
public enum PhaseKind {
    INFORMATION,
    CONTRIBUTIONS,
    DEBATES,
    SYNTHESIS,
    ARBITRATION,
    FEEDBACK
}
