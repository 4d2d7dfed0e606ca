package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;

/** What a council admin enters to create an action. */
public record ActionForm(
        String title,
        String description,
        @Nullable Long ownerOrganisationId,
        Set<Long> partnerIds,
        Set<String> communes,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate dueOn,
        @Nullable Long budgetEuros) {}
