package fr.convergences.motion.model;

/** For / against / abstain on an avis or a délibération; approval or ranked (Schulze) ballots on an arbitration. */
public enum VotingMethod {
    FOR_AGAINST,
    APPROVAL,
    RANKED;

    public boolean needsOptions() {
        return this != FOR_AGAINST;
    }
}
