package fr.convergences.territory.organisation;

/** The kinds of organisation that take part in health democracy. */
public enum OrganisationKind {
    ASSOCIATION,
    CPTS,
    HEALTH_ESTABLISHMENT,
    HEALTH_CENTRE,
    LOCAL_AUTHORITY,
    STATE_SERVICE,
    OTHER
}
