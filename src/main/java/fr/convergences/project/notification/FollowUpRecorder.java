package fr.convergences.project.notification;

import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.motion.model.ArsReplyRecorded;
import fr.convergences.project.ActionStatusChanged;
import fr.convergences.project.IndicatorCoAdopted;
import fr.convergences.project.IndicatorRepository;
import fr.convergences.project.ProjectActionRepository;
import fr.convergences.project.diagnostic.DiagnosticPublished;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Records each follow-up event in the notification outbox. The events are published inside the deciding
 * transaction and these listeners run in it: the job row commits or rolls back with the decision, and the request
 * writes one row whatever the number of people to tell.
 */
@Singleton
// Called inside the caller's transaction (a moderation decision, a swept motion decision): what it records and the
// notices it writes belong to the caller's decision and roll back with it. Outside a transaction it refuses to run.
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class FollowUpRecorder {

    private final NotificationOutbox outbox;
    private final AudienceStore store;
    private final ProjectActionRepository actions;
    private final IndicatorRepository indicators;

    FollowUpRecorder(
            NotificationOutbox outbox,
            AudienceStore store,
            ProjectActionRepository actions,
            IndicatorRepository indicators) {
        this.outbox = outbox;
        this.store = store;
        this.actions = actions;
        this.indicators = indicators;
    }

    @EventListener
    void onArsReply(ArsReplyRecorded event) {
        String title = store.motionTitle(event.motionId()).orElseThrow();
        outbox.record(new OutgoingNotification(
                "ars-reply:" + event.replyId(),
                FollowUpAudiences.MOTION,
                event.motionId(),
                NotificationKind.FOLLOW_UP,
                "followUp.arsReply.title",
                "followUp.arsReply." + event.kind().name() + ".body",
                List.of(title),
                "/motions/" + event.motionId()));
    }

    @EventListener
    void onActionStatus(ActionStatusChanged event) {
        FollowUpPolicy.momentOf(event.to()).ifPresent(moment -> {
            String title = actions.findById(event.actionId()).orElseThrow().title();
            outbox.record(new OutgoingNotification(
                    "action-" + moment + ":" + event.actionId(),
                    FollowUpAudiences.ACTION,
                    event.actionId(),
                    NotificationKind.FOLLOW_UP,
                    "followUp.action." + moment + ".title",
                    "followUp.action." + moment + ".body",
                    List.of(title),
                    "/actions/" + event.actionId()));
        });
    }

    @EventListener
    void onIndicatorCoAdopted(IndicatorCoAdopted event) {
        var indicator = indicators.findById(event.indicatorId()).orElseThrow();
        String link = indicator.actionId() == null ? null : "/actions/" + indicator.actionId();
        outbox.record(new OutgoingNotification(
                "indicator-published:" + event.indicatorId(),
                FollowUpAudiences.INDICATOR,
                event.indicatorId(),
                NotificationKind.FOLLOW_UP,
                "followUp.indicator.title",
                "followUp.indicator.body",
                List.of(indicator.name()),
                link));
    }

    @EventListener
    void onDiagnosticPublished(DiagnosticPublished event) {
        outbox.record(new OutgoingNotification(
                "diagnostic-published:" + event.versionId(),
                FollowUpAudiences.DIAGNOSTIC,
                event.versionId(),
                NotificationKind.FOLLOW_UP,
                "followUp.diagnostic.title",
                "followUp.diagnostic.body",
                List.of(event.title(), String.valueOf(event.number())),
                event.path()));
    }

    /** A motion's decision, found by {@link MotionDecisionSweep}; recording it again is a no-op. */
    boolean motionDecided(AudienceStore.DecidedMotion motion) {
        return outbox.record(new OutgoingNotification(
                "motion-decided:" + motion.id(),
                FollowUpAudiences.MOTION,
                motion.id(),
                NotificationKind.FOLLOW_UP,
                "followUp.motion." + motion.status() + ".title",
                "followUp.motion." + motion.status() + ".body",
                List.of(motion.title()),
                "/motions/" + motion.id()));
    }
}
