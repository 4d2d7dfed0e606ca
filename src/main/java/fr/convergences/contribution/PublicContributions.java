package fr.convergences.contribution;

import fr.convergences.base.web.KnownIds;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
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

    private final JdbcOperations jdbc;

    PublicContributions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of("contributions/:id", parameters -> KnownIds.id(parameters, "id").stream()
                .anyMatch(id -> visibleAmong(List.of(id)).contains(id)));
    }

    /** Those of the given contributions that the public may read now. */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Collection<Long> contributionIds) {
        if (contributionIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("SELECT id FROM contribution WHERE id = ANY (?) AND status = 'PUBLISHED' AND NOT hidden", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", contributionIds.toArray()));
            Set<Long> visible = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    visible.add(rows.getLong(1));
                }
            }
            return visible;
        });
    }

    /** How many contributions of the consultation the public may read now. */
    @Transactional(readOnly = true)
    public long count(long consultationId) {
        return jdbc.prepareStatement("SELECT count(*) FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden",
                statement -> {
                    statement.setLong(1, consultationId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }
}
