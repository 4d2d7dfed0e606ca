package fr.convergences.project;

/** The way an indicator improves: a waiting time improves as it falls, a coverage as it rises. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
