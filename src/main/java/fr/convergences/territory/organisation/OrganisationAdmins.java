package fr.convergences.territory.organisation;

import fr.convergences.identity.OrganisationAdminLookup;
import jakarta.inject.Singleton;

/**
 * Tells the permission component who administers which organisation. Kept apart from
 * {@link OrganisationService}, which itself asks the permission component.
 */
@Singleton
class OrganisationAdmins implements OrganisationAdminLookup {

    private final MembershipRepository memberships;

    OrganisationAdmins(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public boolean isOrganisationAdmin(long accountId, long organisationId) {
        return memberships
                .findByOrganisationIdAndAccountId(organisationId, accountId)
                .filter(membership -> membership.administrator() && membership.isApproved())
                .isPresent();
    }
}
