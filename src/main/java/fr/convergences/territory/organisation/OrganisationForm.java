package fr.convergences.territory.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What someone registering an organisation declares. The approval number is for associations agréées only; the
 * territory is null when not given (the registration form does not ask for it).
 */
public record OrganisationForm(
        String name,
        OrganisationKind kind,
        boolean approved,
        @Nullable String approvalNumber,
        @Nullable Long territoryId) {}
