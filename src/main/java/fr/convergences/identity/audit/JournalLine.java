package fr.convergences.identity.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a council's journal as people read it: when, who (by name), which action (its code, which the page puts
 * into words), on what, and the change field by field instead of the stored JSON.
 *
 * @param actorName null when the entry was made by the platform itself or the account is gone
 */
public record JournalLine(
        long seq,
        Instant occurredAt,
        String action,
        @Nullable Long actorAccountId,
        @Nullable String actorName,
        String subjectType,
        String subjectId,
        List<Change> changes) {

    /** One field that changed: its name as stored, its value before and after (empty when absent). */
    public record Change(String field, String before, String after) {}
}
