package fr.convergences.identity.role;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Granting and withdrawing the roles of a council. Platform admins appoint council admins; council
 * admins appoint moderators and debate organisers. Every change is audit-logged.
 */
@Singleton
public class CouncilRoleService {

    private final CouncilRoleRepository roles;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final AuditTrail audit;

    public CouncilRoleService(
            CouncilRoleRepository roles, AccountRepository accounts, Permissions permissions, AuditTrail audit) {
        this.roles = roles;
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    public void grant(Actor actor, long councilId, long accountId, CouncilRole role) {
        permissions.require(actor, actionFor(role), councilId);
        accounts.findById(accountId)
                .filter(Account::isActive)
                .orElseThrow(() -> new UserFacingException("identity.role.noSuchAccount"));
        if (roles.existsByAccountIdAndCouncilIdAndRole(accountId, councilId, role)) {
            throw new UserFacingException("identity.role.alreadyHeld");
        }
        roles.save(new CouncilRoleGrant(null, accountId, councilId, role));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "role.grant",
                "account",
                String.valueOf(accountId),
                Map.of(),
                Map.of("role", role.name())));
    }

    /** Grants a role to the account with this e-mail address; refuses an unknown or inactive one. */
    @Transactional
    public void grantByEmail(Actor actor, long councilId, String email, CouncilRole role) {
        permissions.require(actor, actionFor(role), councilId);
        Account account = accounts.findByEmailIgnoringCase(email == null ? "" : email.strip())
                .filter(Account::isActive)
                .orElseThrow(() -> new UserFacingException("identity.role.noSuchAccount"));
        grant(actor, councilId, account.storedId(), role);
    }

    @Transactional
    public void revoke(Actor actor, long councilId, long accountId, CouncilRole role) {
        permissions.require(actor, actionFor(role), councilId);
        List<CouncilRoleGrant> held = roles.findByAccountIdAndCouncilId(accountId, councilId).stream()
                .filter(grant -> grant.role() == role)
                .toList();
        if (held.isEmpty()) {
            throw new UserFacingException("identity.role.notHeld");
        }
        roles.deleteAll(held);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "role.revoke",
                "account",
                String.valueOf(accountId),
                Map.of("role", role.name()),
                Map.of()));
    }

    /** A person holding a role in a council, for the list of its officers. */
    public record RoleHolder(long accountId, String name, CouncilRole role) {}

    /** The council's admins, moderators and debate organisers, by role then name; for those who manage its members. */
    @Transactional(readOnly = true)
    public List<RoleHolder> holders(Actor actor, long councilId) {
        permissions.require(actor, Action.MANAGE_MANDATES, councilId);
        List<RoleHolder> holders = new java.util.ArrayList<>();
        for (CouncilRole role :
                List.of(CouncilRole.COUNCIL_ADMIN, CouncilRole.MODERATOR, CouncilRole.DEBATE_ORGANISER)) {
            roles.findByCouncilIdAndRole(councilId, role).stream()
                    .flatMap(grant -> accounts.findById(grant.accountId()).stream())
                    .map(account -> new RoleHolder(
                            account.storedId(),
                            account.displayName() != null
                                    ? account.displayName()
                                    : account.email() != null ? account.email() : String.valueOf(account.id()),
                            role))
                    .sorted(java.util.Comparator.comparing(RoleHolder::name))
                    .forEach(holders::add);
        }
        return holders;
    }

    private static Action actionFor(CouncilRole role) {
        if (!role.isGranted()) {
            // Participant comes with an account and member with a mandate: neither is granted by hand.
            throw new UserFacingException("identity.role.notGrantable");
        }
        return role == CouncilRole.COUNCIL_ADMIN ? Action.APPOINT_COUNCIL_ADMIN : Action.ASSIGN_COUNCIL_ROLE;
    }
}
