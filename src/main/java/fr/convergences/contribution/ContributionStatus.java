package fr.convergences.contribution;

/** A draft (seen by its author only), published, or withdrawn by its author (then out of every public list, search and export). */
public enum ContributionStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
