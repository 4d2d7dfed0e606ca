package fr.convergences.contribution.mediation;

import fr.convergences.contribution.ContributionForm;
import org.jspecify.annotations.Nullable;

/**
 * A contribution collected on behalf of someone who is not online: their words, where they were
 * collected, the organisation collecting them (optional), the person's consent (required), and
 * optionally their name and age band.
 */
public record MediationForm(
        ContributionForm contribution,
        String place,
        @Nullable Long organisationId,
        boolean consent,
        @Nullable String participantName,
        @Nullable AgeBand participantAgeBand) {}
