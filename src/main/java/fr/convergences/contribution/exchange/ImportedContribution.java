package fr.convergences.contribution.exchange;

import fr.convergences.contribution.ContributionKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A row that passed every check, ready to be written: the contribution, and where it came from
 * (reference, address, the other platform's figures and labels, kept as they were). The notes are
 * message keys of what was done to it (a text taken as title, a scope that is not a commune); the
 * unknown categories are those of its categories that are not themes of the consultation, whether
 * the admin mapped them to a theme or not. The author (id or name on the other platform) is only
 * ever hashed, never written.
 */
record ImportedContribution(
        long line,
        ContributionKind kind,
        String title,
        String body,
        @Nullable String communeInsee,
        List<Long> themeIds,
        @Nullable Instant publishedAt,
        @Nullable String externalId,
        @Nullable String externalUrl,
        @Nullable Integer supports,
        @Nullable Integer comments,
        @Nullable String category,
        @Nullable String scope,
        Set<String> notes,
        List<String> unknownCategories,
        @Nullable String author) {

    /** How the row is recognised at a later import, or null when it has no id. */
    @Nullable
    SourceKey key() {
        return SourceKey.of(externalId, externalUrl);
    }
}
