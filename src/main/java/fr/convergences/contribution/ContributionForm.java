package fr.convergences.contribution;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person writes: the kind, a title, the text, themes of the consultation, optionally their
 * commune, and optionally the organisation they speak for (one they are an approved member of).
 */
public record ContributionForm(
        ContributionKind kind,
        String title,
        String body,
        Set<Long> themeIds,
        @Nullable String communeInsee,
        @Nullable Long organisationId) {

    /** A contribution in one's own name. */
    public ContributionForm(
            ContributionKind kind, String title, String body, Set<Long> themeIds, @Nullable String communeInsee) {
        this(kind, title, body, themeIds, communeInsee, null);
    }
}
