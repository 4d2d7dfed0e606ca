package fr.convergences.contribution;

/**
 * Where a contribution comes from. Only ONLINE contributions need the contributions phase to be open;
 * the others (collected by a volunteer, captured at a debate, transcribed from paper, imported) carry
 * the voice of people who were not online and are accepted until the synthesis phase ends.
 */
public enum ContributionOrigin {
    ONLINE,
    MEDIATED,
    DEBATE,
    PAPER,
    IMPORTED;

    public boolean isOnline() {
        return this == ONLINE;
    }
}
