package fr.convergences.identity;

/**
 * Everything a person may try to do that needs a permission. Which roles grant which action is
 * decided in one place, {@link Permissions}; the committed authorisation matrix
 * (src/test/resources/authorisation-matrix.csv) states the expected outcomes independently.
 */
public enum Action {
    // Platform administration
    CREATE_TERRITORY(Scope.PLATFORM),
    CREATE_COUNCIL(Scope.PLATFORM),
    APPOINT_COUNCIL_ADMIN(Scope.PLATFORM_IN_COUNCIL),

    // Council administration
    MANAGE_COLLEGES(Scope.COUNCIL),
    MANAGE_MANDATES(Scope.COUNCIL),
    INVITE_MEMBER(Scope.COUNCIL),
    MANAGE_BUREAU(Scope.COUNCIL),
    ASSIGN_COUNCIL_ROLE(Scope.COUNCIL),
    READ_AUDIT_LOG(Scope.COUNCIL),
    SEE_REAL_IDENTITIES(Scope.COUNCIL),

    // Participation in a council's space
    VIEW_COMPOSITION(Scope.COUNCIL),
    PARTICIPATE(Scope.COUNCIL),
    OPEN_CONSULTATION(Scope.COUNCIL),
    CONTRIBUTE(Scope.COUNCIL),
    CONTRIBUTE_ON_BEHALF(Scope.COUNCIL),
    SUPPORT(Scope.COUNCIL),
    COMMENT(Scope.COUNCIL),
    ANSWER_CONTRIBUTION(Scope.COUNCIL),
    REPORT(Scope.COUNCIL),
    MODERATE(Scope.COUNCIL),
    CURATE_CONVERGENCES(Scope.COUNCIL),
    SUSPEND_PARTICIPANT(Scope.COUNCIL),
    APPEAL_MODERATION(Scope.COUNCIL),
    IMPORT_CONTRIBUTIONS(Scope.COUNCIL),

    // Debates (an organiser acts on their own debates only; council admins on all the council's)
    ORGANISE_DEBATE(Scope.COUNCIL),
    MODERATE_DEBATE(Scope.COUNCIL),
    REGISTER_FOR_DEBATE(Scope.COUNCIL),
    MANAGE_DEBATE_REGISTRATIONS(Scope.COUNCIL),
    RECORD_DEBATE_OUTCOME(Scope.COUNCIL),
    ISSUE_PAPER_FORMS(Scope.COUNCIL),

    // Organisations
    REGISTER_ORGANISATION(Scope.OWN_ACCOUNT),
    JOIN_ORGANISATION(Scope.OWN_ACCOUNT),
    VERIFY_ORGANISATION(Scope.PLATFORM),
    DECIDE_MEMBERSHIP(Scope.ORGANISATION),

    // One's own account
    ACCEPT_MANDATE_INVITATION(Scope.OWN_ACCOUNT),
    EDIT_OWN_PROFILE(Scope.OWN_ACCOUNT),
    EXPORT_OWN_DATA(Scope.OWN_ACCOUNT),
    DELETE_OWN_ACCOUNT(Scope.OWN_ACCOUNT),
    MANAGE_OWN_NOTIFICATIONS(Scope.OWN_ACCOUNT),
    FOLLOW(Scope.OWN_ACCOUNT),

    // Motions, sittings and votes (council admins prepare and run them; members take part)
    DRAFT_MOTION(Scope.COUNCIL),
    CONVENE_SITTING(Scope.COUNCIL),
    RECORD_ATTENDANCE(Scope.COUNCIL),
    RUN_VOTING_SESSION(Scope.COUNCIL),
    RECORD_ARS_FOLLOW_UP(Scope.COUNCIL),
    DECLARE_ABSENCE(Scope.COUNCIL),
    GIVE_PROXY(Scope.COUNCIL),
    REVOKE_PROXY(Scope.COUNCIL),
    JOIN_SITTING(Scope.COUNCIL),
    DECLARE_INTEREST(Scope.COUNCIL),
    /** A member tables a motion or an amendment, which the bureau puts on an agenda or declines. */
    TABLE_MOTION(Scope.COUNCIL),
    CAST_BALLOT(Scope.COUNCIL),

    // The projet territorial de santé (council admins write it, record indicators' co-adoption and measurements)
    MANAGE_HEALTH_PROJECT(Scope.COUNCIL),
    RECORD_MEASUREMENT(Scope.COUNCIL),
    /** The owner organisation's administrators follow up their own action: progress log, started, done (issue 13). */
    RECORD_ACTION_PROGRESS(Scope.ORGANISATION),

    // Letters that tell people who contributed offline what became of it, handed on by whoever collected their words
    PRINT_ORGANISATION_LETTERS(Scope.ORGANISATION),
    PRINT_OWN_LETTERS(Scope.OWN_ACCOUNT),

    /**
     * Take part in a regional synthesis over this council's consultations: draft and publish it, which needs this in every
     * council picked (the platform has no regional role), or being a platform admin.
     */
    EDIT_REGIONAL_SYNTHESIS(Scope.COUNCIL),

    /** The council's règlement intérieur sets its proxies per holder and its secrecy threshold k (issue 14). */
    SET_VOTING_RULES(Scope.COUNCIL);

    /** Where the action applies, which tells what the permission decision needs to know. */
    public enum Scope {
        PLATFORM,
        PLATFORM_IN_COUNCIL,
        COUNCIL,
        ORGANISATION,
        OWN_ACCOUNT
    }

    private final Scope scope;

    Action(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
