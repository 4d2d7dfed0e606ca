package fr.convergences.identity;

/**
 * Whether an account administers an organisation (and so decides who may join it). Organisations
 * live in the territory feature, to the right of identity, which implements this interface.
 */
public interface OrganisationAdminLookup {

    boolean isOrganisationAdmin(long accountId, long organisationId);
}
