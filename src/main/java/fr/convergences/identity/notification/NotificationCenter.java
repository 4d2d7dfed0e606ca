package fr.convergences.identity.notification;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's own notifications and e-mail preferences. */
@Singleton
public class NotificationCenter implements PersonalDataSection {

    public static final int INBOX_SIZE = 100;

    private final NotificationRepository notifications;
    private final NotificationPreferenceStore preferences;
    private final Permissions permissions;
    private final Clock clock;

    public NotificationCenter(
            NotificationRepository notifications,
            NotificationPreferenceStore preferences,
            Permissions permissions,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Notification> inbox(Actor actor) {
        permissions.require(actor, Action.MANAGE_OWN_NOTIFICATIONS);
        return notifications.inbox(actor.accountId(), INBOX_SIZE);
    }

    /** Zero for visitors: the bell asks on every page. */
    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return actor.isAuthenticated() ? notifications.countByAccountIdAndReadAtIsNull(actor.accountId()) : 0;
    }

    @Transactional
    public void markAllRead(Actor actor) {
        permissions.require(actor, Action.MANAGE_OWN_NOTIFICATIONS);
        notifications.markAllRead(actor.accountId(), clock.instant());
    }

    /** The frequency in force for each configurable kind (chosen, or the kind's default). */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Frequency> preferences(Actor actor) {
        permissions.require(actor, Action.MANAGE_OWN_NOTIFICATIONS);
        Map<NotificationKind, Frequency> chosen = preferences.chosen(actor.accountId());
        Map<NotificationKind, Frequency> inForce = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.configurable()) {
                inForce.put(kind, chosen.getOrDefault(kind, kind.defaultFrequency()));
            }
        }
        return inForce;
    }

    @Transactional
    public void choose(Actor actor, NotificationKind kind, Frequency frequency) {
        permissions.require(actor, Action.MANAGE_OWN_NOTIFICATIONS);
        if (kind == null || frequency == null || !kind.configurable()) {
            throw new UserFacingException("notification.preference.notConfigurable");
        }
        preferences.choose(actor.accountId(), kind, frequency);
    }

    @EventListener
    void onAccountDeleted(AccountDeletedEvent event) {
        notifications.deleteByAccountId(event.accountId());
        preferences.forget(event.accountId());
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "preferences",
                preferences.chosen(accountId).entrySet().stream()
                        .collect(
                                LinkedHashMap::new,
                                (map, entry) -> map.put(
                                        entry.getKey().name(), entry.getValue().name()),
                                Map::putAll));
        export.put(
                "received",
                notifications.findByAccountIdOrderByCreatedAt(accountId).stream()
                        .map(item -> Map.of(
                                "kind",
                                item.kind().name(),
                                "title",
                                item.title(),
                                "body",
                                item.body(),
                                "createdAt",
                                item.createdAt().toString()))
                        .toList());
        return export;
    }
}
