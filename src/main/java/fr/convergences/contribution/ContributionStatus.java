package fr.convergences.contribution;

/** Published, or withdrawn by its author (it stays visible as withdrawn). */
public enum ContributionStatus { PUBLISHED, WITHDRAWN }
