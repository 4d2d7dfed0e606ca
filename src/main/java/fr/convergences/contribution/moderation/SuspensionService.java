package fr.convergences.contribution.moderation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilSuspension;
import fr.convergences.identity.CouncilSuspensionRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.TerritoryRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moderators and council admins suspend a person from taking part in their council's space, with a reason, until a
 * last day (included, the territory's day) or until lifted; they can lift it. {@link Permissions} then refuses
 * contributing, supporting, commenting, reporting and appealing in that council, and says why; reading stays open,
 * and the person's mandates and votes are untouched. Audit-logged; the person is told.
 */
@Singleton
public class SuspensionService {

    private final CouncilSuspensionRepository suspensions;
    private final AccountRepository accounts;
    private final CouncilRepository councils;
    private final TerritoryRepository territories;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    public SuspensionService(
            CouncilSuspensionRepository suspensions,
            AccountRepository accounts,
            CouncilRepository councils,
            TerritoryRepository territories,
            Permissions permissions,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.suspensions = suspensions;
        this.accounts = accounts;
        this.councils = councils;
        this.territories = territories;
        this.permissions = permissions;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A suspension in force, with the suspended person's display name (null once the account is deleted). */
    public record Current(
            CouncilSuspension suspension, @Nullable String name) {}

    @Transactional
    public CouncilSuspension suspend(
            Actor actor, long councilId, long accountId, String reason, @Nullable LocalDate lastDay) {
        permissions.require(actor, Action.SUSPEND_PARTICIPANT, councilId);
        Account account = accounts.findById(accountId)
                .filter(found -> found.status() != AccountStatus.DELETED)
                .orElseThrow(() -> new UserFacingException("moderation.suspension.unknownAccount"));
        if (Objects.equals(account.id(), actor.accountId())) {
            throw new UserFacingException("moderation.suspension.self");
        }
        String clean = reason(reason);
        Council council = councils.findById(councilId).orElseThrow();
        ZoneId zone = ZoneId.of(
                territories.findById(council.territoryId()).orElseThrow().timeZone());
        Instant now = clock.instant();
        if (lastDay != null && lastDay.isBefore(LocalDate.ofInstant(now, zone))) {
            throw new UserFacingException("moderation.suspension.lastDay.past");
        }
        if (suspensions.findInForce(councilId, accountId, now).isPresent()) {
            throw new UserFacingException("moderation.suspension.already");
        }
        Instant endsAt =
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        CouncilSuspension saved = suspensions.save(new CouncilSuspension(
                null, councilId, accountId, clean, actor.accountId(), now, lastDay, endsAt, null, null, null, null));
        Map<String, Object> after = new HashMap<>();
        after.put("suspension", saved.id());
        after.put("reason", clean);
        after.put("lastDay", lastDay == null ? null : lastDay.toString());
        audit.record(new AuditEvent(
                actor, councilId, "participant.suspend", "account", String.valueOf(accountId), Map.of(), after));
        notifications.notify(
                accountId,
                NotificationKind.MODERATION_DECISION,
                "moderation.suspension.notification.title",
                lastDay == null
                        ? "moderation.suspension.notification.indefinitely"
                        : "moderation.suspension.notification.until",
                lastDay == null ? List.of(council.name(), clean) : List.of(council.name(), clean, lastDay),
                "/charte-de-participation");
        return saved;
    }

    @Transactional
    public CouncilSuspension lift(Actor actor, long suspensionId, String reason) {
        CouncilSuspension suspension = suspensions
                .findById(suspensionId)
                .orElseThrow(() -> new UserFacingException("moderation.suspension.unknown"));
        permissions.require(actor, Action.SUSPEND_PARTICIPANT, suspension.councilId());
        String clean = reason(reason);
        Instant now = clock.instant();
        if (!suspension.inForceAt(now)) {
            throw new UserFacingException("moderation.suspension.notInForce");
        }
        CouncilSuspension lifted = suspensions.update(suspension.lifted(actor.accountId(), clean, now));
        audit.record(new AuditEvent(
                actor,
                suspension.councilId(),
                "participant.suspension.lift",
                "account",
                String.valueOf(suspension.accountId()),
                Map.of("suspension", suspension.id(), "lifted", false),
                Map.of("suspension", suspension.id(), "lifted", true, "reason", clean)));
        String councilName =
                councils.findById(suspension.councilId()).map(Council::name).orElse("");
        notifications.notify(
                suspension.accountId(),
                NotificationKind.MODERATION_DECISION,
                "moderation.suspension.lifted.title",
                "moderation.suspension.lifted.body",
                List.of(councilName, clean),
                null);
        return lifted;
    }

    @Transactional(readOnly = true)
    public List<Current> inForce(Actor actor, long councilId) {
        permissions.require(actor, Action.SUSPEND_PARTICIPANT, councilId);
        return suspensions.findAllInForce(councilId, clock.instant()).stream()
                .map(suspension -> new Current(
                        suspension,
                        accounts.findById(suspension.accountId())
                                .map(Account::displayName)
                                .orElse(null)))
                .toList();
    }

    /** Whether the actor may suspend people in this council (the queue mirrors it; the methods check again). */
    @Transactional(readOnly = true)
    public boolean canSuspend(Actor actor, long councilId) {
        return permissions.allows(actor, Action.SUSPEND_PARTICIPANT, councilId);
    }

    private static String reason(@Nullable String reason) {
        String clean = TextInput.cleanOrEmpty(reason);
        if (clean.isEmpty() || clean.length() > CouncilSuspension.REASON_MAX_LENGTH) {
            throw new UserFacingException("moderation.suspension.reason", CouncilSuspension.REASON_MAX_LENGTH);
        }
        return clean;
    }
}
