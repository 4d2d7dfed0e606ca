package fr.convergences.project.diagnostic;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import fr.convergences.territory.CouncilSlugStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A council's diagnostic by version number, for its page to answer 404 when a visitor would find nothing (issue 18).
 * Without a number the page is the council's, which says when no version is published yet, so the council's own check
 * decides; with one, the version must be published.
 */
@Singleton
class DiagnosticIdStore implements KnownIds {

    /** The route as {@code DiagnosticView} declares it. */
    static final String ROUTE = "conseils/:slug/diagnostic/:number?([0-9]{1,6})";

    private final Sql sql;
    private final CouncilSlugStore councils;

    DiagnosticIdStore(Sql sql, CouncilSlugStore councils) {
        this.sql = sql;
        this.councils = councils;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(ROUTE, parameters -> {
            OptionalLong council = councils.idOf(parameters.getOrDefault("slug", ""));
            if (council.isEmpty() || !parameters.containsKey("number")) {
                return council.isPresent();
            }
            return KnownIds.id(parameters, "number").stream()
                    .anyMatch(number -> published(council.getAsLong(), number));
        });
    }

    @Transactional(readOnly = true)
    public boolean published(long councilId, long number) {
        return number <= Integer.MAX_VALUE && sql.exists("""
                SELECT EXISTS (SELECT 1 FROM diagnostic d JOIN diagnostic_version v ON v.diagnostic_id = d.id AND v.status = 'PUBLISHED'
                  WHERE d.council_id = ? AND v.number = ?)""", councilId, (int) number);
    }
}
