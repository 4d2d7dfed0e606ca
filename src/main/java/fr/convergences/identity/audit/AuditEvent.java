package fr.convergences.identity.audit;

import fr.convergences.identity.Actor;

import java.util.Map;

/**
 * One audited change: who (the actor), where (the council, or null for platform-level changes),
 * what (a stable action name such as {@code mandate.end}), on what (subject type and id), and the
 * subject's relevant fields before and after (empty maps when created or deleted).
 */
public record AuditEvent(
        Actor actor,
        Long councilId,
        String action,
        String subjectType,
        String subjectId,
        Map<String, Object> before,
        Map<String, Object> after) {

    public AuditEvent {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }
}
