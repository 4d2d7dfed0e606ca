package fr.convergences.contribution.answer;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The council answers each contribution publicly: a status and a text ("not retained" must say why).
 * The author is notified; answering is a council admin's act, recorded in the audit log.
 */
@Singleton
public class AnswerService {

    private final OfficialAnswerRepository answers;
    private final ContributionRepository contributions;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    public AnswerService(
            OfficialAnswerRepository answers,
            ContributionRepository contributions,
            ConsultationService consultations,
            Permissions permissions,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.answers = answers;
        this.contributions = contributions;
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public OfficialAnswer answer(
            Actor actor, long contributionId, @Nullable AnswerStatus status, @Nullable String text) {
        Contribution contribution = contributions
                .findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        long councilId = consultations
                .details(contribution.consultationId())
                .consultation()
                .councilId();
        permissions.require(actor, Action.ANSWER_CONTRIBUTION, councilId);
        if (status == null) {
            throw new UserFacingException("contribution.answer.status");
        }
        String cleaned = TextInput.clean(text);
        String clean = cleaned == null ? "" : cleaned;
        if (clean.isEmpty()) {
            throw new UserFacingException(
                    status == AnswerStatus.NOT_RETAINED
                            ? "contribution.answer.reasonRequired"
                            : "contribution.answer.text");
        }
        if (clean.length() > OfficialAnswer.TEXT_MAX_LENGTH) {
            throw new UserFacingException("contribution.answer.tooLong", OfficialAnswer.TEXT_MAX_LENGTH);
        }
        Optional<OfficialAnswer> previous = answers.findById(contributionId);
        OfficialAnswer answer = new OfficialAnswer(contributionId, status, clean, actor.accountId(), clock.instant());
        OfficialAnswer saved = previous.isPresent() ? answers.update(answer) : answers.save(answer);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "contribution.answer",
                "contribution",
                String.valueOf(contributionId),
                previous.map(before ->
                                Map.<String, Object>of("status", before.status().name(), "text", before.text()))
                        .orElse(Map.of()),
                Map.of("status", status.name(), "text", clean)));
        if (contribution.authorAccountId() != null) {
            notifications.notify(
                    contribution.authorAccountId(),
                    NotificationKind.OFFICIAL_ANSWER,
                    "contribution.answer.notification.title",
                    "contribution.answer.notification.body",
                    List.of(contribution.title()),
                    "/contributions/" + contributionId);
        }
        return saved;
    }

    /** Whether the actor may answer this contribution (the page mirrors it; {@link #answer} checks again). */
    @Transactional(readOnly = true)
    public boolean canAnswer(Actor actor, long contributionId) {
        return contributions
                .findById(contributionId)
                .map(contribution -> permissions.allows(
                        actor,
                        Action.ANSWER_CONTRIBUTION,
                        consultations
                                .details(contribution.consultationId())
                                .consultation()
                                .councilId()))
                .orElse(false);
    }

    /** Whether the actor moderates this contribution's council (the page mirrors it; the service checks again). */
    @Transactional(readOnly = true)
    public boolean canModerate(Actor actor, long contributionId) {
        return contributions
                .findById(contributionId)
                .map(contribution -> permissions.allows(
                        actor,
                        Action.MODERATE,
                        consultations
                                .details(contribution.consultationId())
                                .consultation()
                                .councilId()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<OfficialAnswer> answerTo(long contributionId) {
        return answers.findById(contributionId);
    }

    /** The public accountability figure: how many of a consultation's contributions have an answer. */
    @Transactional(readOnly = true)
    public long answeredCount(long consultationId) {
        return answers.countAnsweredInConsultation(consultationId);
    }
}
