package fr.convergences.contribution.moderation;

import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the moderation of contributions and of comments shares: recording decisions, telling people, the public
 * notices of redactions, and wiping a redacted passage from the copies of a text that other tables keep.
 * Always called inside the caller's transaction, after its permission check.
 */
@Singleton
public class ModerationRecords {

    private final ModerationDecisionRepository decisions;
    private final ModerationAppealRepository appeals;
    private final CouncilRoleRepository roles;
    private final Notifications notifications;
    private final JdbcOperations jdbc;

    ModerationRecords(ModerationDecisionRepository decisions, ModerationAppealRepository appeals, CouncilRoleRepository roles,
                      Notifications notifications, JdbcOperations jdbc) {
        this.decisions = decisions;
        this.appeals = appeals;
        this.roles = roles;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    public ModerationDecision record(ModerationDecision decision) {
        return decisions.save(decision);
    }

    public void alertModerators(long councilId, String titleKey, String bodyKey, List<Object> arguments, String link) {
        roles.findByCouncilIdAndRole(councilId, CouncilRole.MODERATOR).forEach(moderator -> notifications.notify(moderator.accountId(),
                NotificationKind.MODERATION_ALERT, titleKey, bodyKey, arguments, link));
    }

    /** Tells the author of a content; imported or collected contents have nobody to tell. */
    public void tellAuthor(Long authorAccountId, String titleKey, String bodyKey, List<Object> arguments, String link) {
        if (authorAccountId != null) {
            notifications.notify(authorAccountId, NotificationKind.MODERATION_DECISION, titleKey, bodyKey, arguments, link);
        }
    }

    /**
     * The public notices of a contribution's redactions, by comment id (0 for the contribution itself), oldest first.
     */
    public Map<Long, List<RedactionNotice>> notices(long contributionId, ZoneId zone) {
        List<ModerationDecision> redactions = decisions.findByContributionIdOrderByDecidedAtAsc(contributionId).stream()
                .filter(decision -> decision.kind() == ModerationDecision.Kind.REDACT).toList();
        if (redactions.isEmpty()) {
            return Map.of();
        }
        Map<Long, ModerationAppeal> appealed = appeals.findByDecisionIdIn(redactions.stream().map(ModerationDecision::id).toList())
                .stream().collect(Collectors.toMap(ModerationAppeal::decisionId, Function.identity()));
        Map<Long, List<RedactionNotice>> notices = new HashMap<>();
        for (ModerationDecision decision : redactions) {
            ModerationAppeal appeal = appealed.get(decision.id());
            notices.computeIfAbsent(decision.commentId() == null ? 0L : decision.commentId(), key -> new ArrayList<>())
                    .add(new RedactionNotice(decision.id(), decision.decidedAt().atZone(zone).toLocalDate(), decision.reason(),
                            appeal != null && appeal.outcome() == ModerationAppeal.Outcome.REVERSED));
        }
        return notices;
    }

    /**
     * Wipes the passage from what other tables copied or quoted of the content: reports' reasons, the reasons of
     * earlier decisions and the texts of appeals about it, and (for a contribution) the notifications that carry its
     * title. The audit log is append-only and never receives a content's text, so it needs no wiping.
     */
    public void wipeCopies(Redaction redaction, long contributionId, Long commentId) {
        String p = redaction.passage();
        String m = Redaction.MARKER;
        if (commentId == null) {
            update("UPDATE contribution_report SET reason = replace(reason, ?, ?) WHERE contribution_id = ? AND strpos(reason, ?) > 0",
                    p, m, contributionId, p);
            // The text as written, kept where personal data was masked, must not keep what a moderator erased.
            update("""
                    UPDATE contribution_original_text SET title = replace(title, ?, ?), body = replace(body, ?, ?)
                    WHERE contribution_id = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0)""", p, m, p, m, contributionId, p, p);
            update("""
                    UPDATE notification SET title = replace(title, ?, ?), body = replace(body, ?, ?)
                    WHERE link = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0)""", p, m, p, m, "/contributions/" + contributionId, p, p);
            update("""
                    UPDATE moderation_decision SET reason = replace(reason, ?, ?)
                    WHERE contribution_id = ? AND comment_id IS NULL AND strpos(reason, ?) > 0""", p, m, contributionId, p);
            update("""
                    UPDATE moderation_appeal SET text = replace(text, ?, ?), outcome_reason = replace(outcome_reason, ?, ?),
                    version = version + 1
                    WHERE decision_id IN (SELECT id FROM moderation_decision WHERE contribution_id = ? AND comment_id IS NULL)
                    AND (strpos(text, ?) > 0 OR strpos(outcome_reason, ?) > 0)""", p, m, p, m, contributionId, p, p);
        } else {
            update("UPDATE comment_report SET reason = replace(reason, ?, ?) WHERE comment_id = ? AND strpos(reason, ?) > 0",
                    p, m, commentId, p);
            update("UPDATE moderation_decision SET reason = replace(reason, ?, ?) WHERE comment_id = ? AND strpos(reason, ?) > 0",
                    p, m, commentId, p);
            update("""
                    UPDATE moderation_appeal SET text = replace(text, ?, ?), outcome_reason = replace(outcome_reason, ?, ?),
                    version = version + 1
                    WHERE decision_id IN (SELECT id FROM moderation_decision WHERE comment_id = ?)
                    AND (strpos(text, ?) > 0 OR strpos(outcome_reason, ?) > 0)""", p, m, p, m, commentId, p, p);
        }
    }

    private void update(String sql, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }
}
