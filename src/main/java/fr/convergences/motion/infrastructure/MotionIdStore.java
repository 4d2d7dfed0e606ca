package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.base.web.KnownIds;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Motions and sittings by id, for their pages to answer 404 when a visitor would find nothing (issue 18). A motion's
 * page shows a draft, or a draft cancelled before it was ever published, to the secretariat and its tabler only
 * (MotionService.page); to everyone else it is unknown. Sittings, cancelled ones too, are public.
 */
@Singleton
class MotionIdStore implements KnownIds {

    private final Sql sql;

    MotionIdStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Predicate<Map<String, String>>> checks() {
        return Map.of(
                "motions/:id",
                        parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::publicMotion),
                "seances/:id",
                        parameters -> KnownIds.id(parameters, "id").stream().anyMatch(this::sitting));
    }

    @Transactional(readOnly = true)
    public boolean publicMotion(long motionId) {
        return sql.exists("""
                SELECT EXISTS (SELECT 1 FROM motion m WHERE m.id = ? AND m.status <> 'DRAFT'
                  AND NOT EXISTS (SELECT 1 FROM motion_cancellation c WHERE c.motion_id = m.id AND NOT c.was_public))""", motionId);
    }

    @Transactional(readOnly = true)
    public boolean sitting(long sittingId) {
        return sql.exists("SELECT EXISTS (SELECT 1 FROM sitting WHERE id = ?)", sittingId);
    }
}
