package fr.convergences.contribution;

/** A need feeds the diagnostic territorial; a proposal, the projet territorial de santé; a testimony, both. */
public enum ContributionKind {
    NEED,
    PROPOSAL,
    TESTIMONY
}
