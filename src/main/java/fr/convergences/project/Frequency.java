package fr.convergences.project;

/** How often an indicator is measured. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    YEARLY
}
