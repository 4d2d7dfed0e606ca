package fr.convergences.project;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The projet's actions by id, for their pages to answer 404 when a visitor would find nothing (issue 18): an action is
 * public once its projet has a published version (ProjectService.isVisible), before that its council admins' only.
 */
@Singleton
class ActionIdStore implements KnownIds {

    private final Sql sql;

    ActionIdStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "actions/:id",
                parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::published));
    }

    @Transactional(readOnly = true)
    public boolean published(long actionId) {
        return sql.exists("""
                SELECT EXISTS (SELECT 1 FROM project_action a JOIN project_axis x ON x.id = a.axis_id
                  JOIN health_project_version v ON v.project_id = x.project_id AND v.status = 'PUBLISHED' WHERE a.id = ?)""", actionId);
    }
}
