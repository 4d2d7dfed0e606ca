package fr.convergences.territory.organisation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Organisations and their members. Nobody speaks for an organisation they do not belong to:
 * joining is approved by the organisation's administrators, and an organisation counts (for
 * example among the sources of a convergence) only once the platform has verified it.
 */
@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public OrganisationService(
            OrganisationRepository organisations,
            MembershipRepository memberships,
            AccountRepository accounts,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an organisation; its registrant becomes its first administrator. It awaits verification. */
    @Transactional
    public Organisation register(Actor actor, OrganisationForm form) {
        permissions.require(actor, Action.REGISTER_ORGANISATION);
        TextInput.requirePlainLine(form.name());
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > Organisation.NAME_MAX_LENGTH) {
            throw new UserFacingException("territory.organisation.name.invalid", Organisation.NAME_MAX_LENGTH);
        }
        if (form.kind() == null) {
            throw new UserFacingException("territory.organisation.kind.required");
        }
        TextInput.requirePlainLine(form.approvalNumber());
        String approvalNumber =
                form.approvalNumber() == null ? "" : form.approvalNumber().strip();
        if (form.approved()
                && (form.kind() != OrganisationKind.ASSOCIATION
                        || approvalNumber.isEmpty()
                        || approvalNumber.length() > Organisation.APPROVAL_NUMBER_MAX_LENGTH)) {
            throw new UserFacingException("territory.organisation.approval.invalid");
        }
        if (organisations.findByNameIgnoringCase(name).isPresent()) {
            throw new UserFacingException("territory.organisation.name.taken");
        }
        Organisation organisation = organisations.save(new Organisation(
                null,
                name,
                form.kind(),
                form.approved(),
                form.approved() ? approvalNumber : null,
                form.territoryId(),
                false,
                clock.instant()));
        memberships.save(new Membership(
                null,
                organisation.storedId(),
                actor.accountId(),
                true,
                Membership.MembershipStatus.APPROVED,
                clock.instant(),
                clock.instant(),
                actor.accountId()));
        audit.record(new AuditEvent(
                actor,
                null,
                "organisation.register",
                "organisation",
                String.valueOf(organisation.id()),
                Map.of(),
                Map.of("name", name, "kind", form.kind().name(), "approved", form.approved())));
        return organisation;
    }

    @Transactional
    public void verify(Actor actor, long organisationId) {
        permissions.require(actor, Action.VERIFY_ORGANISATION);
        Organisation organisation = find(organisationId);
        organisations.update(new Organisation(
                organisation.id(),
                organisation.name(),
                organisation.kind(),
                organisation.approved(),
                organisation.approvalNumber(),
                organisation.territoryId(),
                true,
                organisation.createdAt()));
        audit.record(new AuditEvent(
                actor,
                null,
                "organisation.verify",
                "organisation",
                String.valueOf(organisationId),
                Map.of("verified", false),
                Map.of("verified", true)));
    }

    @Transactional
    public Membership requestToJoin(Actor actor, long organisationId) {
        permissions.require(actor, Action.JOIN_ORGANISATION);
        find(organisationId);
        return memberships
                .findByOrganisationIdAndAccountId(organisationId, actor.accountId())
                .map(existing -> {
                    if (existing.status() != Membership.MembershipStatus.REJECTED) {
                        throw new UserFacingException("territory.organisation.join.already");
                    }
                    // A refused person may ask again; the administrators decide afresh.
                    return memberships.update(new Membership(
                            existing.id(),
                            organisationId,
                            actor.accountId(),
                            false,
                            Membership.MembershipStatus.PENDING,
                            clock.instant(),
                            null,
                            null));
                })
                .orElseGet(() -> memberships.save(new Membership(
                        null,
                        organisationId,
                        actor.accountId(),
                        false,
                        Membership.MembershipStatus.PENDING,
                        clock.instant(),
                        null,
                        null)));
    }

    /** An organisation administrator approves or rejects a pending request; audit-logged. */
    @Transactional
    public void decide(Actor actor, long membershipId, boolean approve) {
        Membership request = memberships
                .findById(membershipId)
                .orElseThrow(() -> new UserFacingException("territory.organisation.request.unknown"));
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, request.organisationId());
        if (request.status() != Membership.MembershipStatus.PENDING) {
            throw new UserFacingException("territory.organisation.request.decided");
        }
        Membership.MembershipStatus status =
                approve ? Membership.MembershipStatus.APPROVED : Membership.MembershipStatus.REJECTED;
        memberships.update(new Membership(
                request.id(),
                request.organisationId(),
                request.accountId(),
                false,
                status,
                request.requestedAt(),
                clock.instant(),
                actor.accountId()));
        audit.record(new AuditEvent(
                actor,
                null,
                approve ? "organisation.membership.approve" : "organisation.membership.reject",
                "organisation_membership",
                String.valueOf(request.id()),
                Map.of("status", request.status().name()),
                Map.of("status", status.name(), "account", request.accountId())));
    }

    @Transactional(readOnly = true)
    public List<Membership> pendingRequests(Actor actor, long organisationId) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, organisationId);
        return memberships.findByOrganisationIdAndStatus(organisationId, Membership.MembershipStatus.PENDING);
    }

    /** The organisations this person may speak for: approved memberships of verified organisations. */
    @Transactional(readOnly = true)
    public List<Organisation> actingFor(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        return memberships.findByAccountId(actor.accountId()).stream()
                .filter(Membership::isApproved)
                .map(membership -> find(membership.organisationId()))
                .filter(Organisation::verified)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(Actor actor) {
        return actor.isAuthenticated() ? memberships.findByAccountId(actor.accountId()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Organisation> verifiedOrganisations() {
        return organisations.findByVerifiedOrderByName(true);
    }

    @Transactional(readOnly = true)
    public List<Organisation> awaitingVerification(Actor actor) {
        permissions.require(actor, Action.VERIFY_ORGANISATION);
        return organisations.findByVerifiedOrderByName(false);
    }

    /** The name an organisation's administrators see for a requester: their display name. */
    @Transactional(readOnly = true)
    public String requesterName(Membership request) {
        return accounts.findById(request.accountId()).map(Account::displayName).orElse("?");
    }

    @Transactional(readOnly = true)
    public Organisation find(long organisationId) {
        return organisations
                .findById(organisationId)
                .orElseThrow(() -> new UserFacingException("territory.organisation.unknown"));
    }
}
