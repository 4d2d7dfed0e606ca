package fr.convergences.territory.organisation;

/** What someone registering an organisation declares. The approval number is for associations agréées only. */
public record OrganisationForm(
        String name, OrganisationKind kind, boolean approved, String approvalNumber, Long territoryId) {}
