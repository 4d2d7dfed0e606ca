package fr.convergences.project;

/** Where an action stands. Done and abandoned are final; an abandoned action says why. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    public boolean isFinal() {
        return this == DONE || this == ABANDONED;
    }
}
