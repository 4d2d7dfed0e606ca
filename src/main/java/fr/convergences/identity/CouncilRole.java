package fr.convergences.identity;

/**
 * A person's roles are per council, never global (except platform admin, a flag on the account).
 * PARTICIPANT is every active account; MEMBER comes from an active mandate; the others are granted.
 */
public enum CouncilRole {
    PARTICIPANT,
    MEMBER,
    DEBATE_ORGANISER,
    MODERATOR,
    COUNCIL_ADMIN;

    /** Roles stored in the council_role table; the other two are derived. */
    public boolean isGranted() {
        return this == DEBATE_ORGANISER || this == MODERATOR || this == COUNCIL_ADMIN;
    }
}
