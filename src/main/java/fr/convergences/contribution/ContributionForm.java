package fr.convergences.contribution;

import java.util.Set;

/**
 * What a person writes: the kind, a title, the text, themes of the consultation, optionally their
 * commune, and optionally the organisation they speak for (one they are an approved member of).
 */
public record ContributionForm(
        ContributionKind kind,
        String title,
        String body,
        Set<Long> themeIds,
        String communeInsee,
        Long organisationId) {

    /** A contribution in one's own name. */
    public ContributionForm(ContributionKind kind, String title, String body, Set<Long> themeIds, String communeInsee) {
        this(kind, title, body, themeIds, communeInsee, null);
    }
}
