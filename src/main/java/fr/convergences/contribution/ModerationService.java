package fr.convergences.contribution;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports and moderation. Moderators are alerted at the first report. A contribution is hidden
 * automatically, pending review, only after reports from several distinct *established* accounts
 * (old enough, with a confirmed address), so that a handful of new accounts cannot silence a
 * proposal. Hiding and restoring are moderators' decisions, with a reason, audit-logged; the author is told.
 */
@Singleton
public class ModerationService {

    private final ContributionRepository contributions;
    private final ConsultationService consultations;
    private final CouncilRoleRepository roles;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int autoHideReports;
    private final Duration establishedAfter;

    public ModerationService(ContributionRepository contributions, ConsultationService consultations, CouncilRoleRepository roles,
                             Permissions permissions, AuditTrail audit, Notifications notifications, JdbcOperations jdbc, Clock clock,
                             @Value("${convergences.moderation.auto-hide-reports:3}") int autoHideReports,
                             @Value("${convergences.moderation.established-after:7d}") Duration establishedAfter) {
        this.contributions = contributions;
        this.consultations = consultations;
        this.roles = roles;
        this.permissions = permissions;
        this.audit = audit;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.autoHideReports = autoHideReports;
        this.establishedAfter = establishedAfter;
    }

    @Transactional
    public void report(Actor actor, long contributionId, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.REPORT, councilId);
        String clean = reason == null ? "" : TextInput.clean(reason);
        if (clean.isEmpty() || clean.length() > 500) {
            throw new UserFacingException("contribution.report.reason");
        }
        int added = jdbc.prepareStatement("""
                INSERT INTO contribution_report (contribution_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setLong(1, contributionId);
            statement.setLong(2, actor.accountId());
            statement.setString(3, clean);
            statement.setTimestamp(4, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        if (added == 0) {
            throw new UserFacingException("contribution.report.twice");
        }
        if (count("SELECT count(*) FROM contribution_report WHERE contribution_id = ?", contributionId) == 1) {
            roles.findByCouncilIdAndRole(councilId, CouncilRole.MODERATOR).forEach(moderator -> notifications.notify(moderator.accountId(),
                    NotificationKind.MODERATION_ALERT, "contribution.report.alert.title", "contribution.report.alert.body",
                    List.of(contribution.title()), "/contributions/" + contributionId));
        }
        if (!contribution.hidden() && establishedReporters(contributionId) >= autoHideReports) {
            contributions.update(contribution.withModeration(true, "auto"));
            audit.record(new AuditEvent(actor, councilId, "contribution.auto-hide", "contribution", String.valueOf(contributionId),
                    Map.of("hidden", false), Map.of("hidden", true, "reports", autoHideReports)));
        }
    }

    @Transactional
    public void hide(Actor actor, long contributionId, String reason) {
        decide(actor, contributionId, true, reason);
    }

    @Transactional
    public void restore(Actor actor, long contributionId, String reason) {
        decide(actor, contributionId, false, reason);
    }

    /** Reported or hidden contributions of the council, for its moderators. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(Actor actor, long councilId) {
        permissions.require(actor, Action.MODERATE, councilId);
        return jdbc.prepareStatement("""
                SELECT c.id, c.title, c.hidden, count(r.reporter_id) FROM contribution c
                JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN contribution_report r ON r.contribution_id = c.id
                WHERE k.council_id = ? GROUP BY c.id, c.title, c.hidden
                HAVING c.hidden OR count(r.reporter_id) > 0 ORDER BY count(r.reporter_id) DESC, c.id""", statement -> {
            statement.setLong(1, councilId);
            List<QueueItem> items = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new QueueItem(rows.getLong(1), rows.getString(2), rows.getBoolean(3), rows.getLong(4)));
                }
            }
            return items;
        });
    }

    public record QueueItem(long contributionId, String title, boolean hidden, long reports) {
    }

    private void decide(Actor actor, long contributionId, boolean hide, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        String clean = reason == null ? "" : TextInput.clean(reason);
        if (clean.isEmpty() || clean.length() > 500) {
            throw new UserFacingException("contribution.moderation.reason");
        }
        contributions.update(contribution.withModeration(hide, hide ? clean : null));
        audit.record(new AuditEvent(actor, councilId, hide ? "contribution.hide" : "contribution.restore", "contribution",
                String.valueOf(contributionId), Map.of("hidden", contribution.hidden()), Map.of("hidden", hide, "reason", clean)));
        if (contribution.authorAccountId() != null) {
            notifications.notify(contribution.authorAccountId(), NotificationKind.MODERATION_DECISION,
                    hide ? "contribution.moderation.hidden.title" : "contribution.moderation.restored.title",
                    "contribution.moderation.body", List.of(contribution.title(), clean), "/contributions/" + contributionId);
        }
    }

    private long establishedReporters(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT count(*) FROM contribution_report r JOIN account a ON a.id = r.reporter_id
                WHERE r.contribution_id = ? AND a.email_confirmed_at IS NOT NULL AND a.created_at < ?""", statement -> {
            statement.setLong(1, contributionId);
            statement.setTimestamp(2, Timestamp.from(clock.instant().minus(establishedAfter)));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private long count(String sql, long contributionId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, contributionId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Contribution find(long contributionId) {
        return contributions.findById(contributionId).orElseThrow(() -> new UserFacingException("contribution.unknown"));
    }

    private long councilOf(Contribution contribution) {
        return consultations.details(contribution.consultationId()).consultation().councilId();
    }
}
