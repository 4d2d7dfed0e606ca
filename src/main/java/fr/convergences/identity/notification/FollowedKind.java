package fr.convergences.identity.notification;

/** What a person can follow. Kept here, left of the features that own these things, so that each page can offer it. */
public enum FollowedKind {
    CONTRIBUTION,
    CONVERGENCE,
    MOTION,
    ACTION
}
