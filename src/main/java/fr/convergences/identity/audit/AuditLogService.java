package fr.convergences.identity.audit;

import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Reading the audit log: the entries for a council's admins, the head hash for everyone. */
@Singleton
public class AuditLogService {

    public static final int MAX_PAGE_SIZE = 200;

    private final AuditEntries entries;
    private final HashChainedAuditLog log;
    private final Permissions permissions;

    AuditLogService(AuditEntries entries, HashChainedAuditLog log, Permissions permissions) {
        this.entries = entries;
        this.log = log;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> entries(Actor actor, long councilId, int page, int size) {
        permissions.require(actor, Action.READ_AUDIT_LOG, councilId);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        return entries.newestFirst(councilId, Math.max(page, 0) * pageSize, pageSize);
    }

    /** Public on purpose: publishing the head is what lets outsiders detect a rewritten log. */
    @Transactional(readOnly = true)
    public AuditChainHead head(Long councilId) {
        return log.head(councilId == null ? HashChainedAuditLog.PLATFORM_CHAIN : councilId);
    }
}
