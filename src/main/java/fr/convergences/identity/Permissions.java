package fr.convergences.identity;

import static fr.convergences.identity.CouncilRole.COUNCIL_ADMIN;
import static fr.convergences.identity.CouncilRole.MEMBER;
import static fr.convergences.identity.CouncilRole.PARTICIPANT;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides whether an actor may perform an action, called by every service
 * before it changes anything. Views only mirror its answers (hiding a button is a courtesy, not a guard).
 */
@Singleton
public class Permissions {

    /** Which council roles grant each council action. Public actions are open to anonymous visitors too. */
    private static final Map<Action, Set<CouncilRole>> COUNCIL_GRANTS = Map.ofEntries(
            Map.entry(Action.MANAGE_COLLEGES, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.MANAGE_MANDATES, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.INVITE_MEMBER, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.MANAGE_BUREAU, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.ASSIGN_COUNCIL_ROLE, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.READ_AUDIT_LOG, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.SEE_REAL_IDENTITIES, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.PARTICIPATE, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.OPEN_CONSULTATION, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.CONTRIBUTE, EnumSet.of(PARTICIPANT)),
            // Volunteers collecting contributions offline hold the debate organiser role (issue: debates).
            Map.entry(Action.CONTRIBUTE_ON_BEHALF, EnumSet.of(CouncilRole.DEBATE_ORGANISER, COUNCIL_ADMIN)),
            Map.entry(Action.SUPPORT, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.COMMENT, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.ANSWER_CONTRIBUTION, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.REPORT, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.IMPORT_CONTRIBUTIONS, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.MODERATE, EnumSet.of(CouncilRole.MODERATOR, COUNCIL_ADMIN)),
            Map.entry(Action.CURATE_CONVERGENCES, EnumSet.of(CouncilRole.MODERATOR, COUNCIL_ADMIN)),
            Map.entry(Action.SUSPEND_PARTICIPANT, EnumSet.of(CouncilRole.MODERATOR, COUNCIL_ADMIN)),
            Map.entry(Action.APPEAL_MODERATION, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.ORGANISE_DEBATE, EnumSet.of(CouncilRole.DEBATE_ORGANISER, COUNCIL_ADMIN)),
            Map.entry(Action.MODERATE_DEBATE, EnumSet.of(CouncilRole.MODERATOR, COUNCIL_ADMIN)),
            Map.entry(Action.REGISTER_FOR_DEBATE, EnumSet.of(PARTICIPANT)),
            Map.entry(Action.MANAGE_DEBATE_REGISTRATIONS, EnumSet.of(CouncilRole.DEBATE_ORGANISER, COUNCIL_ADMIN)),
            Map.entry(Action.RECORD_DEBATE_OUTCOME, EnumSet.of(CouncilRole.DEBATE_ORGANISER, COUNCIL_ADMIN)),
            Map.entry(Action.ISSUE_PAPER_FORMS, EnumSet.of(CouncilRole.DEBATE_ORGANISER, COUNCIL_ADMIN)),

            // Motions and votes: the secretariat (council admins) prepares and runs them; members with a mandate take
            // part.
            Map.entry(Action.DRAFT_MOTION, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.CONVENE_SITTING, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.RECORD_ATTENDANCE, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.RUN_VOTING_SESSION, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.RECORD_ARS_FOLLOW_UP, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.DECLARE_ABSENCE, EnumSet.of(MEMBER)),
            Map.entry(Action.GIVE_PROXY, EnumSet.of(MEMBER)),
            Map.entry(Action.REVOKE_PROXY, EnumSet.of(MEMBER)),
            Map.entry(Action.JOIN_SITTING, EnumSet.of(MEMBER)),
            Map.entry(Action.DECLARE_INTEREST, EnumSet.of(MEMBER)),
            Map.entry(Action.TABLE_MOTION, EnumSet.of(MEMBER)),
            Map.entry(Action.CAST_BALLOT, EnumSet.of(MEMBER)),

            // The projet territorial de santé: its text, actions and indicators are the secretariat's to record.
            Map.entry(Action.MANAGE_HEALTH_PROJECT, EnumSet.of(COUNCIL_ADMIN)),
            Map.entry(Action.RECORD_MEASUREMENT, EnumSet.of(COUNCIL_ADMIN)),

            // A regional synthesis quotes the council's curated convergences: those who curate them take part in it.
            Map.entry(Action.EDIT_REGIONAL_SYNTHESIS, EnumSet.of(CouncilRole.MODERATOR, COUNCIL_ADMIN)),
            // The voting rules of the council's règlement intérieur: the secretariat records them.
            Map.entry(Action.SET_VOTING_RULES, EnumSet.of(COUNCIL_ADMIN)));

    private static final Set<Action> PUBLIC_ACTIONS = EnumSet.of(Action.VIEW_COMPOSITION);

    /** A suspended person keeps their data rights (GDPR): download and erase. */
    private static final Set<Action> ALLOWED_WHILE_SUSPENDED =
            EnumSet.of(Action.EXPORT_OWN_DATA, Action.DELETE_OWN_ACCOUNT);

    /**
     * What a suspension in a council refuses there: taking part. Reading is open to all, and the person's
     * mandates (votes, proxies) and roles are another matter, decided by the council.
     */
    private static final Set<Action> REFUSED_WHILE_SUSPENDED_IN_COUNCIL = EnumSet.of(
            Action.PARTICIPATE,
            Action.CONTRIBUTE,
            Action.SUPPORT,
            Action.COMMENT,
            Action.REPORT,
            Action.APPEAL_MODERATION);

    private final AccountRepository accounts;
    private final CouncilRoleRepository roles;
    private final CouncilSuspensionRepository suspensions;
    private final List<MandateLookup> mandates;
    private final List<OrganisationAdminLookup> organisationAdmins;
    private final Clock clock;

    public Permissions(
            AccountRepository accounts,
            CouncilRoleRepository roles,
            CouncilSuspensionRepository suspensions,
            List<MandateLookup> mandates,
            List<OrganisationAdminLookup> organisationAdmins,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.suspensions = suspensions;
        this.mandates = mandates;
        this.organisationAdmins = organisationAdmins;
        this.clock = clock;
    }

    /**
     * Refuses with {@link AccessDeniedException} unless the actor may perform the action. The scope id
     * is the council's for council actions, the organisation's for organisation actions, else null.
     */
    public void require(Actor actor, Action action, @Nullable Long councilId) {
        if (!allows(actor, action, councilId)) {
            // A suspended person is told so, and until when: a generic refusal would only puzzle them.
            throw suspension(actor, action, councilId)
                    .<AccessDeniedException>map(suspension -> new SuspendedException(action, suspension.lastDay()))
                    .orElseGet(() -> new AccessDeniedException(action));
        }
    }

    public void require(Actor actor, Action action) {
        require(actor, action, null);
    }

    public boolean allows(Actor actor, Action action, @Nullable Long scopeId) {
        Long councilId = scopeId;
        if (PUBLIC_ACTIONS.contains(action)) {
            return true;
        }
        if (!actor.isAuthenticated()) {
            return false;
        }
        Account account = accounts.findById(actor.accountId()).orElse(null);
        if (account == null || !usable(account, action)) {
            return false;
        }
        return switch (action.scope()) {
            case PLATFORM -> account.platformAdmin();
            // Appointing a council's admins is the platform admin's, whatever council it is.
            case PLATFORM_IN_COUNCIL -> account.platformAdmin() && councilId != null;
            case OWN_ACCOUNT -> true;
            case COUNCIL ->
                councilId != null
                        && holdsAny(account, councilId, COUNCIL_GRANTS.getOrDefault(action, Set.of()))
                        && suspension(actor, action, councilId).isEmpty();
            case ORGANISATION ->
                scopeId != null
                        && organisationAdmins.stream()
                                .anyMatch(lookup -> lookup.isOrganisationAdmin(account.storedId(), scopeId));
        };
    }

    public boolean isPlatformAdmin(Actor actor) {
        return actor.isAuthenticated()
                && accounts.findById(actor.accountId())
                        .filter(Account::isActive)
                        .map(Account::platformAdmin)
                        .orElse(false);
    }

    /** The roles the account holds in the council, derived ones included. */
    public Set<CouncilRole> rolesIn(Actor actor, long councilId) {
        if (!actor.isAuthenticated()) {
            return EnumSet.noneOf(CouncilRole.class);
        }
        return accounts.findById(actor.accountId())
                .map(account -> rolesOf(account, councilId))
                .orElseGet(() -> EnumSet.noneOf(CouncilRole.class));
    }

    /** The roles of an account already read (every check would otherwise read it twice): none while it is not active. */
    private Set<CouncilRole> rolesOf(Account account, long councilId) {
        Set<CouncilRole> held = EnumSet.noneOf(CouncilRole.class);
        if (!account.isActive()) {
            return held;
        }
        held.add(PARTICIPANT);
        if (mandates.stream().anyMatch(lookup -> lookup.hasActiveMandate(account.storedId(), councilId))) {
            held.add(MEMBER);
        }
        roles.findByAccountIdAndCouncilId(account.storedId(), councilId).forEach(grant -> held.add(grant.role()));
        return held;
    }

    /** The suspension in force that refuses this action in this council, if any. */
    private Optional<CouncilSuspension> suspension(Actor actor, Action action, @Nullable Long councilId) {
        if (!actor.isAuthenticated() || councilId == null || !REFUSED_WHILE_SUSPENDED_IN_COUNCIL.contains(action)) {
            return Optional.empty();
        }
        return suspensions.findInForce(councilId, actor.accountId(), clock.instant());
    }

    private boolean holdsAny(Account account, long councilId, Set<CouncilRole> wanted) {
        Set<CouncilRole> held = rolesOf(account, councilId);
        return wanted.stream().anyMatch(held::contains);
    }

    private static boolean usable(Account account, Action action) {
        return account.isActive()
                || (account.status() == AccountStatus.SUSPENDED && ALLOWED_WHILE_SUSPENDED.contains(action));
    }
}
