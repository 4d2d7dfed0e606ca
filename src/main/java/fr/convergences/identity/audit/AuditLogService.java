package fr.convergences.identity.audit;

import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reading the audit log: the entries for a council's admins, the head hash for everyone. */
@Singleton
public class AuditLogService {

    public static final int MAX_PAGE_SIZE = 200;

    /** What the journal's filters offer: the actions recorded, and the people who acted (by name). */
    public record JournalChoices(List<String> actions, Map<Long, String> actors) {}

    private final AuditEntryStore entries;
    private final HashChainedAuditLog log;
    private final Permissions permissions;
    private final JsonMapper json;

    AuditLogService(AuditEntryStore entries, HashChainedAuditLog log, Permissions permissions, JsonMapper json) {
        this.entries = entries;
        this.log = log;
        this.permissions = permissions;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> entries(Actor actor, long councilId, int page, int size) {
        permissions.require(actor, Action.READ_AUDIT_LOG, councilId);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        return entries.newestFirst(councilId, Math.max(page, 0) * pageSize, pageSize);
    }

    /** The council's journal as people read it: newest first, names for account numbers, each change field by field. */
    @Transactional(readOnly = true)
    public List<JournalLine> journal(Actor actor, long councilId, JournalFilter filter, int page, int size) {
        permissions.require(actor, Action.READ_AUDIT_LOG, councilId);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        Map<Long, String> names = entries.actors(councilId);
        return entries
                .newestFirst(
                        councilId, filter.action(), filter.actorAccountId(), Math.max(page, 0) * pageSize, pageSize)
                .stream()
                .map(entry -> new JournalLine(
                        entry.seq(),
                        entry.occurredAt(),
                        entry.action(),
                        entry.actorAccountId(),
                        entry.actorAccountId() == null ? null : names.get(entry.actorAccountId()),
                        entry.subjectType(),
                        entry.subjectId(),
                        changes(entry.beforeJson(), entry.afterJson())))
                .toList();
    }

    @Transactional(readOnly = true)
    public JournalChoices journalChoices(Actor actor, long councilId) {
        permissions.require(actor, Action.READ_AUDIT_LOG, councilId);
        return new JournalChoices(entries.actions(councilId), entries.actors(councilId));
    }

    /** Public on purpose: publishing the head is what lets outsiders detect a rewritten log. */
    @Transactional(readOnly = true)
    public AuditChainHead head(Long councilId) {
        return log.head(councilId == null ? HashChainedAuditLog.PLATFORM_CHAIN : councilId);
    }

    /** The fields of both sides, in the order they were recorded, each with its two values as text. */
    private List<JournalLine.Change> changes(String beforeJson, String afterJson) {
        Map<String, Object> before = read(beforeJson);
        Map<String, Object> after = read(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<JournalLine.Change> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new JournalLine.Change(field, text(before.get(field)), text(after.get(field))));
        }
        return changes;
    }

    private Map<String, Object> read(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = json.readValue(text, Argument.mapOf(String.class, Object.class));
            return map == null ? Map.of() : new LinkedHashMap<>(map);
        } catch (IOException e) {
            // Stored by this platform, so always JSON; should one ever not be, it is shown as it is rather than hidden.
            return Map.of("", text);
        }
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> list.stream().map(AuditLogService::text).collect(Collectors.joining(", "));
            case Map<?, ?> map ->
                map.entrySet().stream()
                        .map(entry -> entry.getKey() + " : " + text(entry.getValue()))
                        .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
