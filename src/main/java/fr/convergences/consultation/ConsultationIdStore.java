package fr.convergences.consultation;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Consultations by id, for the pages under {@code /consultations/:id} to answer 404 for an unknown one (issue 18).
 * Every consultation is public from its opening, so existing is enough.
 */
@Singleton
class ConsultationIdStore implements KnownIds {

    private final Sql sql;

    ConsultationIdStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "consultations/:id",
                parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::exists));
    }

    @Transactional(readOnly = true)
    public boolean exists(long consultationId) {
        return sql.exists("SELECT EXISTS (SELECT 1 FROM consultation WHERE id = ?)", consultationId);
    }
}
