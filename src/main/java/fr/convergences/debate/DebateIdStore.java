package fr.convergences.debate;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Debates by id, for the pages under {@code /debats/:id} to answer 404 when a visitor would find nothing (issue 18): a
 * proposed debate awaiting approval is its organiser's and the moderators' (DebateService.visible). The registration
 * links mailed to people have two actions only.
 */
@Singleton
class DebateIdStore implements KnownIds {

    /** The actions of the links RegistrantMessages mails. */
    private static final Set<String> LINK_ACTIONS = Set.of("confirmer", "annuler");

    private final Sql sql;

    DebateIdStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "debats/:id",
                        parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::visible),
                "debat-inscription/:action", parameters -> LINK_ACTIONS.contains(parameters.get("action")));
    }

    @Transactional(readOnly = true)
    public boolean visible(long debateId) {
        return sql.exists("SELECT EXISTS (SELECT 1 FROM debate WHERE id = ? AND status <> 'PENDING')", debateId);
    }
}
