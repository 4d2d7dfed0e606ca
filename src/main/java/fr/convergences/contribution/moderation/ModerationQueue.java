package fr.convergences.contribution.moderation;

import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits for a council's moderators: reported or hidden contributions and comments (most reported first), and
 * pending appeals (oldest first). Moderators see the texts, hidden ones included, and who wrote them.
 */
@Singleton
public class ModerationQueue {

    private final Permissions permissions;
    private final ModerationQueueStore store;

    ModerationQueue(Permissions permissions, ModerationQueueStore store) {
        this.permissions = permissions;
        this.store = store;
    }

    /**
     * A reported or hidden content; the author's name is null for a deleted account, the id null for a collected text.
     * {@code reasons} are the reporters' reasons of the pending reports, oldest first (dismissed ones are left out).
     */
    public record Item(
            long contributionId,
            @Nullable Long commentId,
            String text,
            boolean hidden,
            long reports,
            @Nullable Long authorAccountId,
            @Nullable String authorName,
            List<String> reasons) {}

    /** {@code filedOn} is the territory's day. */
    public record PendingAppeal(
            long appealId,
            String appealText,
            LocalDate filedOn,
            @Nullable String appellantName,
            ModerationDecision.Kind kind,
            String decisionReason,
            boolean automatic,
            long contributionId,
            @Nullable Long commentId,
            String subject) {}

    /** A council the person moderates, for the menu entry that leads to its queue. */
    public record ModeratedCouncil(String slug, String name) {}

    /** The councils whose queue the person may open (none for a visitor), by name. */
    @Transactional(readOnly = true)
    public List<ModeratedCouncil> moderatedCouncils(Actor actor) {
        return actor.isAuthenticated() ? store.moderatedCouncils(actor.accountId()) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Item> contributions(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return store.contributions(councilId);
    }

    @Transactional(readOnly = true)
    public List<Item> comments(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return store.comments(councilId);
    }

    @Transactional(readOnly = true)
    public List<PendingAppeal> appeals(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return store.appeals(councilId);
    }
}
