package fr.convergences.convergence;

/**
 * Who speaks in a convergence, where it is known: a resident (online, or collected offline), an organisation by its
 * kind, a member of the council, or a source the platform does not know (rows imported without their author).
 */
public enum VoiceKind {
    RESIDENT,
    ASSOCIATION,
    PROFESSIONAL,
    LOCAL_AUTHORITY,
    STATE_SERVICE,
    COUNCIL_MEMBER,
    ORGANISATION,
    UNKNOWN;

    /** The kind of a contribution's voice from the organisation spoken for (its kind), the author's mandate, its origin. */
    static VoiceKind of(String organisationKind, boolean councilMember, boolean knownPerson) {
        if (organisationKind != null) {
            return switch (organisationKind) {
                case "ASSOCIATION" -> ASSOCIATION;
                case "CPTS", "HEALTH_ESTABLISHMENT", "HEALTH_CENTRE" -> PROFESSIONAL;
                case "LOCAL_AUTHORITY" -> LOCAL_AUTHORITY;
                case "STATE_SERVICE" -> STATE_SERVICE;
                default -> ORGANISATION;
            };
        }
        if (councilMember) {
            return COUNCIL_MEMBER;
        }
        return knownPerson ? RESIDENT : UNKNOWN;
    }
}
