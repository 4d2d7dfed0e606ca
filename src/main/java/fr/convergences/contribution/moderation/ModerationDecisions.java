package fr.convergences.contribution.moderation;

import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.Notifications;
import fr.convergences.identity.notification.OutgoingNotification;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the moderation of contributions and of comments shares: recording decisions, telling people, the public
 * notices of redactions, and wiping a redacted passage from the copies of a text that other tables keep (its SQL in
 * {@link ModerationStore}).
 * Always called inside the caller's transaction, after its permission check.
 */
@Singleton
// Called inside the caller's transaction (a moderation decision, a swept motion decision): what it records and the
// notices it writes belong to the caller's decision and roll back with it. Outside a transaction it refuses to run.
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class ModerationDecisions {

    private final ModerationDecisionRepository decisions;
    private final ModerationAppealRepository appeals;
    private final CouncilRoleRepository roles;
    private final Notifications notifications;
    private final ModerationStore store;
    private final NotificationOutbox outbox;

    ModerationDecisions(
            ModerationDecisionRepository decisions,
            ModerationAppealRepository appeals,
            CouncilRoleRepository roles,
            Notifications notifications,
            ModerationStore store,
            NotificationOutbox outbox) {
        this.outbox = outbox;
        this.decisions = decisions;
        this.appeals = appeals;
        this.roles = roles;
        this.notifications = notifications;
        this.store = store;
    }

    public ModerationDecision record(ModerationDecision decision) {
        return decisions.save(decision);
    }

    /**
     * Tells the council's moderators, through the outbox: a report or an appeal must not wait for a mail server once per
     * moderator. Each alert is its own event (a rolled-back report records nothing, so a random key tells nobody twice).
     */
    public void alertModerators(long councilId, String titleKey, String bodyKey, List<?> arguments, String link) {
        List<Long> moderators = roles.findByCouncilIdAndRole(councilId, CouncilRole.MODERATOR).stream()
                .map(role -> role.accountId())
                .distinct()
                .toList();
        if (!moderators.isEmpty()) {
            outbox.recordFor(
                    new OutgoingNotification(
                            "moderation-alert:" + UUID.randomUUID(),
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            councilId,
                            NotificationKind.MODERATION_ALERT,
                            titleKey,
                            bodyKey,
                            arguments,
                            link),
                    moderators);
        }
    }

    /** Tells the author of a content; imported or collected contents have nobody to tell. */
    public void tellAuthor(
            @Nullable Long authorAccountId, String titleKey, String bodyKey, List<Object> arguments, String link) {
        if (authorAccountId != null) {
            notifications.notify(
                    authorAccountId, NotificationKind.MODERATION_DECISION, titleKey, bodyKey, arguments, link);
        }
    }

    /**
     * Tells each reporter that their report was dismissed, with the moderator's reason (a report answered by silence
     * teaches people that reporting is pointless). Through the outbox: there may be many, and the decision does not
     * wait for a mail server. {@code eventKey} names this one dismissal, so that it is told once.
     */
    public void tellReporters(
            String eventKey,
            long subjectId,
            List<Long> reporterIds,
            String titleKey,
            String bodyKey,
            List<String> arguments,
            String link) {
        outbox.recordFor(
                new OutgoingNotification(
                        eventKey,
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        subjectId,
                        NotificationKind.MODERATION_DECISION,
                        titleKey,
                        bodyKey,
                        arguments,
                        link),
                reporterIds.stream().distinct().toList());
    }

    /**
     * The public notices of a contribution's redactions, by comment id (0 for the contribution itself), oldest first.
     */
    public Map<Long, List<RedactionNotice>> notices(long contributionId, ZoneId zone) {
        List<ModerationDecision> redactions = decisions.findByContributionIdOrderByDecidedAtAsc(contributionId).stream()
                .filter(decision -> decision.kind() == ModerationDecision.Kind.REDACT)
                .toList();
        if (redactions.isEmpty()) {
            return Map.of();
        }
        Map<Long, ModerationAppeal> appealed =
                appeals
                        .findByDecisionIdIn(
                                redactions.stream().map(ModerationDecision::id).toList())
                        .stream()
                        .collect(Collectors.toMap(ModerationAppeal::decisionId, Function.identity()));
        Map<Long, List<RedactionNotice>> notices = new HashMap<>();
        for (ModerationDecision decision : redactions) {
            ModerationAppeal appeal = appealed.get(decision.id());
            notices.computeIfAbsent(decision.commentId() == null ? 0L : decision.commentId(), key -> new ArrayList<>())
                    .add(new RedactionNotice(
                            decision.storedId(),
                            decision.decidedAt().atZone(zone).toLocalDate(),
                            decision.reason(),
                            appeal != null && appeal.outcome() == ModerationAppeal.Outcome.REVERSED));
        }
        return notices;
    }

    /** Wipes a redacted passage from the copies of the content that other tables keep (see {@link ModerationStore#wipeCopies}). */
    public void wipeCopies(Redaction redaction, long contributionId, @Nullable Long commentId) {
        store.wipeCopies(redaction, contributionId, commentId);
        if (commentId == null) {
            // Alerts still in the outbox carry the title as it was: they would write the passage into notifications
            // later.
            outbox.redact("/contributions/" + contributionId, redaction.passage(), Redaction.MARKER);
        }
    }
}
