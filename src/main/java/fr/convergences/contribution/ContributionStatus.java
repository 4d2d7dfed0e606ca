package fr.convergences.contribution;

/** A draft (seen by its author only), published, or withdrawn by its author (it stays visible as withdrawn). */
public enum ContributionStatus { DRAFT, PUBLISHED, WITHDRAWN }
