package fr.convergences.identity.audit;

import fr.convergences.identity.Actor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One audited change: who (the actor), where (the council, or null for platform-level changes),
 * what (a stable action name such as {@code mandate.end}), on what (subject type and id), and the
 * subject's relevant fields before and after (empty maps when created or deleted).
 */
public record AuditEvent(
        Actor actor,
        @Nullable Long councilId,
        String action,
        String subjectType,
        String subjectId,
        Map<String, ? extends @Nullable Object> before,
        Map<String, ? extends @Nullable Object> after) {

    public AuditEvent {
        // Null values are meaningful here ("no end date yet"), which Map.copyOf would refuse.
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
