package fr.convergences.contribution;

import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which contributions may be quoted and counted in public right now: published (not a draft, not withdrawn) and not
 * hidden by moderation. Features to the right (convergences and their synthesis) ask this at read time rather than
 * keeping a copy, so that a hide, a withdrawal or a restore shows everywhere at once. A redaction rewrites the stored
 * text, so whatever reads the text after it reads the redacted one.
 * <p>
 * The same rule decides the status of a contribution's pages (issue 18): a draft, a hidden or a withdrawn contribution
 * answers 404 like an unknown id, since a visitor finds only "unavailable" there; its author and the moderators still
 * see the page, under that status.
 */
@Singleton
public class PublicContributions implements KnownIds {

    private final ContributionStore records;

    PublicContributions(ContributionStore records) {
        this.records = records;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "contributions/:id",
                parameters -> KnownIds.id(parameters, "id").stream()
                        .anyMatch(id -> visibleAmong(List.of(id)).contains(id)));
    }

    /** Those of the given contributions that the public may read now. */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Collection<Long> contributionIds) {
        return contributionIds.isEmpty() ? Set.of() : records.publicAmong(contributionIds);
    }

    /** How many contributions of the consultation the public may read now. */
    @Transactional(readOnly = true)
    public long count(long consultationId) {
        return records.publicCount(consultationId);
    }
}
