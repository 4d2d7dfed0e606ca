package fr.convergences.territory;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Predicate;

/** The councils' short addresses, for pages under {@code /conseils/:slug} to answer 404 for an unknown council (issue 18). */
@Singleton
public class CouncilSlugStore implements KnownIds {

    /** The form the database's check allows: anything else names no council, and costs no query. */
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Sql sql;

    CouncilSlugStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of("conseils/:slug", parameters -> exists(parameters.getOrDefault("slug", "")));
    }

    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return slug.length() <= 80
                && slug.matches(SLUG)
                && sql.exists("SELECT EXISTS (SELECT 1 FROM council WHERE slug = ?)", slug);
    }

    /** The council's id, empty when the slug names none (or is not a slug at all, which costs no query). */
    @Transactional(readOnly = true)
    public java.util.OptionalLong idOf(String slug) {
        if (slug.length() > 80 || !slug.matches(SLUG)) {
            return java.util.OptionalLong.empty();
        }
        return sql.one("SELECT id FROM council WHERE slug = ?", row -> row.getLong(1), slug)
                .map(java.util.OptionalLong::of)
                .orElse(java.util.OptionalLong.empty());
    }
}
