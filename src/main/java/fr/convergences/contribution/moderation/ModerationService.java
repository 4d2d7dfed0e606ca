package fr.convergences.contribution.moderation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.CommentRepository;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionRepository;
import fr.convergences.contribution.ContributionStore;
import fr.convergences.contribution.ContributionText;
import fr.convergences.contribution.OriginalText;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.RateLimit;
import fr.convergences.identity.RateLimited;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reports and moderation of contributions, and appeals against any moderation decision. Moderators are alerted at
 * the first report. A contribution is hidden automatically, pending review, only after reports from several distinct
 * *established* accounts (old enough, with a confirmed address), so that a handful of new accounts cannot silence a
 * proposal. Hiding, restoring and redacting a passage are moderators' decisions, with a reason, audit-logged; the
 * author is told, and may appeal each hiding or redaction once. (Comments are moderated by {@link DiscussionService}.)
 */
@Singleton
public class ModerationService {

    public static final int REASON_MAX_LENGTH = 500;

    private final ContributionRepository contributions;
    private final CommentRepository comments;
    private final ModerationDecisionRepository decisions;
    private final ModerationAppealRepository appeals;
    private final ConsultationService consultations;
    private final CouncilDirectory councils;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ModerationDecisions records;
    private final ContributionStore texts;
    private final ModerationStore store;
    private final Clock clock;
    private final int autoHideReports;
    private final Duration establishedAfter;

    public ModerationService(
            ContributionRepository contributions,
            CommentRepository comments,
            ModerationDecisionRepository decisions,
            ModerationAppealRepository appeals,
            ConsultationService consultations,
            CouncilDirectory councils,
            Permissions permissions,
            AuditTrail audit,
            ModerationDecisions records,
            ContributionStore texts,
            ModerationStore store,
            Clock clock,
            @Value("${convergences.moderation.auto-hide-reports:3}") int autoHideReports,
            @Value("${convergences.moderation.established-after:7d}") Duration establishedAfter) {
        this.contributions = contributions;
        this.comments = comments;
        this.decisions = decisions;
        this.appeals = appeals;
        this.consultations = consultations;
        this.councils = councils;
        this.permissions = permissions;
        this.audit = audit;
        this.records = records;
        this.texts = texts;
        this.store = store;
        this.clock = clock;
        this.autoHideReports = autoHideReports;
        this.establishedAfter = establishedAfter;
    }

    @Transactional
    @RateLimit(RateLimited.REPORT)
    public void report(Actor actor, long contributionId, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.REPORT, councilId);
        ParticipationPolicy.requireOpen(contribution);
        String clean = reason(reason, "contribution.report.reason");
        long establishedBefore = establishedReporters(contributionId);
        if (!store.addReport(contributionId, actor.accountId(), clean, clock.instant())) {
            throw new UserFacingException("contribution.report.twice");
        }
        if (store.reportCount(contributionId) == 1) {
            records.alertModerators(
                    councilId,
                    "contribution.report.alert.title",
                    "contribution.report.alert.body",
                    List.of(contribution.title()),
                    link(contributionId));
        }
        // Only when this report crosses the threshold: once a moderator has restored it, older reports cannot hide it
        // again.
        if (establishedBefore < autoHideReports && establishedReporters(contributionId) >= autoHideReports) {
            contributions.update(contribution.withModeration(true, "auto"));
            ModerationDecision decision = records.record(
                    ModerationDecision.hide(councilId, contributionId, null, "auto", null, clock.instant()));
            audit.record(new AuditEvent(
                    actor,
                    councilId,
                    "contribution.auto-hide",
                    "contribution",
                    String.valueOf(contributionId),
                    Map.of("hidden", false),
                    Map.of("hidden", true, "reports", autoHideReports, "decision", decision.id())));
            records.tellAuthor(
                    contribution.authorAccountId(),
                    "contribution.moderation.hidden.title",
                    "moderation.autoHidden.body",
                    List.of(contribution.title()),
                    link(contributionId));
        }
    }

    /**
     * Dismisses the pending reports of a contribution, with a reason: they stay recorded (with who dismissed them and
     * why) but leave the queue and no longer count towards automatic hiding. Audited, the reporters told; refused when
     * none is pending.
     */
    @Transactional
    public int dismissReports(Actor actor, long contributionId, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        String clean = reason(reason, "moderation.dismiss.reason");
        List<Long> reporters = store.dismissReports(contributionId, actor.accountId(), clean, clock.instant());
        if (reporters.isEmpty()) {
            throw new UserFacingException("moderation.dismiss.nothing");
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "contribution.report.dismiss",
                "contribution",
                String.valueOf(contributionId),
                Map.of("pendingReports", reporters.size()),
                Map.of("pendingReports", 0, "reason", clean)));
        records.tellReporters(
                "contribution-reports-dismissed:" + contributionId + ":"
                        + clock.instant().toEpochMilli(),
                contributionId,
                reporters,
                "moderation.dismissed.title",
                "moderation.dismissed.body",
                List.of(contribution.title(), clean),
                link(contributionId));
        return reporters.size();
    }

    /**
     * Dismisses the pending reports of a comment, with a reason, as for a contribution: the reports stay recorded but
     * leave the queue. Audited, the reporters told; refused when none is pending.
     */
    @Transactional
    public int dismissCommentReports(Actor actor, long commentId, String reason) {
        Comment comment =
                comments.findById(commentId).orElseThrow(() -> new UserFacingException("moderation.comment.unknown"));
        Contribution contribution = find(comment.contributionId());
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        String clean = reason(reason, "moderation.dismiss.reason");
        List<Long> reporters = store.dismissCommentReports(commentId, actor.accountId(), clean, clock.instant());
        if (reporters.isEmpty()) {
            throw new UserFacingException("moderation.comment.dismiss.nothing");
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "comment.report.dismiss",
                "comment",
                String.valueOf(commentId),
                Map.of("pendingReports", reporters.size()),
                Map.of("pendingReports", 0, "reason", clean)));
        records.tellReporters(
                "comment-reports-dismissed:" + commentId + ":" + clock.instant().toEpochMilli(),
                commentId,
                reporters,
                "moderation.dismissed.title",
                "moderation.comment.dismissed.body",
                List.of(contribution.title(), clean),
                link(contribution.storedId()));
        return reporters.size();
    }

    /** The reasons of the pending reports on the contribution's comments, by comment id: for its moderators only. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> pendingCommentReasons(Actor actor, long contributionId) {
        permissions.require(actor, Action.MODERATE, councilOf(find(contributionId)));
        return store.pendingCommentReasons(contributionId);
    }

    /** The pending reports' reasons and days, oldest first, for the moderators of the contribution's council. */
    @Transactional(readOnly = true)
    public List<PendingReport> pendingReports(Actor actor, long contributionId) {
        Contribution contribution = find(contributionId);
        permissions.require(actor, Action.MODERATE, councilOf(contribution));
        ZoneId zone = consultations.details(contribution.consultationId()).zone();
        return store.pendingReports(contributionId).stream()
                .map(report -> new PendingReport(
                        report.reason(), report.at().atZone(zone).toLocalDate()))
                .toList();
    }

    /** A report waiting for a moderator: the reporter's reason and the day (in the territory's time zone). */
    public record PendingReport(String reason, java.time.LocalDate on) {}

    /** Hides the contribution pending a better version; the decision returned is the one its author may appeal. */
    @Transactional
    public ModerationDecision hide(Actor actor, long contributionId, String reason) {
        return Objects.requireNonNull(decide(actor, contributionId, true, reason), "hiding records a decision");
    }

    @Transactional
    public void restore(Actor actor, long contributionId, String reason) {
        decide(actor, contributionId, false, reason);
    }

    /**
     * Replaces a passage (exactly as written) with a neutral marker in the title, the text, every earlier version and
     * every addendum, and in the copies other tables keep: the words are gone from the database. The audit log and
     * the public notice record the reason, where it was and how much was removed, never the passage.
     */
    @Transactional
    public ModerationDecision redact(Actor actor, long contributionId, String passage, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        Redaction redaction = new Redaction(passage);
        String clean = reason(reason, "contribution.moderation.reason");
        TextRedaction found = TextRedaction.of(
                contribution, redaction, store.revisions(contributionId), store.addenda(contributionId));
        if (found.occurrences() == 0) {
            throw new UserFacingException("moderation.redaction.notFound");
        }
        Contribution redacted = contribution.withText(
                new ContributionText(
                        contribution.kind(),
                        redaction.applyTo(contribution.title()),
                        redaction.applyTo(contribution.body()),
                        contribution.communeInsee()),
                contribution.editedAt());
        contributions.update(redacted.withModeration(
                contribution.hidden(), redaction.applyToIfPresent(contribution.hiddenReason())));
        found.revisions()
                .forEach(revision -> store.rewriteRevision(
                        contributionId,
                        revision.number(),
                        redaction.applyTo(revision.title()),
                        redaction.applyTo(revision.body())));
        found.addenda().forEach(addendum -> store.rewriteAddendum(addendum.id(), redaction.applyTo(addendum.body())));
        records.wipeCopies(redaction, contributionId, null);
        int removed = redaction.passage().length() * found.occurrences();
        ModerationDecision decision = records.record(ModerationDecision.redact(
                councilId,
                contributionId,
                null,
                clean,
                actor.accountId(),
                String.join(",", found.fields()),
                removed,
                clock.instant()));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "contribution.redact",
                "contribution",
                String.valueOf(contributionId),
                Map.of(),
                Map.of(
                        "reason",
                        clean,
                        "fields",
                        found.fields(),
                        "removedLength",
                        removed,
                        "occurrences",
                        found.occurrences(),
                        "decision",
                        decision.id())));
        records.tellAuthor(
                contribution.authorAccountId(),
                "moderation.redacted.title",
                "moderation.redacted.body",
                List.of(redacted.title(), clean),
                link(contributionId));
        return decision;
    }

    /** The author's appeal against a hiding or a redaction of their contribution or comment: once per decision. */
    @Transactional
    public ModerationAppeal appeal(Actor actor, long decisionId, String text) {
        ModerationDecision decision = decisions
                .findById(decisionId)
                .orElseThrow(() -> new UserFacingException("moderation.decision.unknown"));
        permissions.require(actor, Action.APPEAL_MODERATION, decision.councilId());
        ModerationTarget target = target(decision);
        if (!actor.accountId().equals(target.authorAccountId())) {
            throw new UserFacingException("moderation.appeal.notAuthor");
        }
        String clean = TextInput.required(text, ModerationAppeal.TEXT_MAX_LENGTH, "moderation.appeal.text");
        AppealPolicy.refusal(
                        decision, appeals.findByDecisionId(decisionId).isPresent(), hidingInForce(decision, target))
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        ModerationAppeal appeal = appeals.save(new ModerationAppeal(
                null, decisionId, actor.accountId(), clean, clock.instant(), null, null, null, null, null));
        // The appeal's text may quote what was redacted: the audit log only says that there is one.
        audit.record(new AuditEvent(
                actor,
                decision.councilId(),
                "moderation.appeal",
                "moderation_decision",
                String.valueOf(decisionId),
                Map.of(),
                Map.of("appeal", appeal.id(), "textLength", clean.length())));
        records.alertModerators(
                decision.councilId(),
                "moderation.appeal.alert.title",
                "moderation.appeal.alert.body",
                List.of(),
                "/conseils/" + councils.slugOf(decision.councilId()) + "/moderation");
        return appeal;
    }

    /** A moderator upholds or reverses the decision appealed against; reversing a hiding shows the content again. */
    @Transactional
    public ModerationAppeal decideAppeal(Actor actor, long appealId, ModerationAppeal.Outcome outcome, String reason) {
        ModerationAppeal appeal =
                appeals.findById(appealId).orElseThrow(() -> new UserFacingException("moderation.appeal.unknown"));
        ModerationDecision decision = decisions.findById(appeal.decisionId()).orElseThrow();
        permissions.require(actor, Action.MODERATE, decision.councilId());
        if (outcome == null) {
            throw new UserFacingException("moderation.appeal.outcome.required");
        }
        String clean = reason(reason, "contribution.moderation.reason");
        if (!appeal.pending()) {
            throw new UserFacingException("moderation.appeal.decided");
        }
        ModerationAppeal decided = appeals.update(appeal.decided(outcome, clean, actor.accountId(), clock.instant()));
        ModerationTarget target = target(decision);
        boolean shownAgain = outcome == ModerationAppeal.Outcome.REVERSED && hidingInForce(decision, target);
        if (shownAgain) {
            target.show();
        }
        audit.record(new AuditEvent(
                actor,
                decision.councilId(),
                "moderation.appeal.decide",
                "moderation_appeal",
                String.valueOf(appealId),
                Map.of("outcome", "PENDING"),
                Map.of(
                        "outcome",
                        outcome.name(),
                        "reason",
                        clean,
                        "decision",
                        decision.id(),
                        "kind",
                        decision.kind().name(),
                        "shownAgain",
                        shownAgain)));
        records.tellAuthor(
                appeal.appellantId(),
                "moderation.appeal." + outcome.name() + ".title",
                "moderation.appeal." + outcome.name() + "." + decision.kind().name() + ".body",
                List.of(target.contributionTitle(), clean),
                link(decision.contributionId()));
        return decided;
    }

    /**
     * The contribution's title and text as its author wrote them, when personal data was masked in them before
     * publishing: for the moderators only (to judge a report, or to contact the author), never for the public.
     */
    @Transactional(readOnly = true)
    public Optional<OriginalText> originalText(Actor actor, long contributionId) {
        Contribution contribution = find(contributionId);
        permissions.require(actor, Action.MODERATE, councilOf(contribution));
        return texts.original(contributionId);
    }

    /** What the contribution's page shows of its moderation to this viewer. */
    @Transactional(readOnly = true)
    public ModerationSummary page(Actor viewer, long contributionId) {
        Contribution contribution = find(contributionId);
        ConsultationDetails details = consultations.details(contribution.consultationId());
        boolean moderates = permissions.allows(
                viewer, Action.MODERATE, details.consultation().councilId());
        List<RedactionNotice> notices =
                records.notices(contributionId, details.zone()).getOrDefault(0L, List.of());
        List<ModerationSummary.OwnDecision> own = new ArrayList<>();
        if (viewer.isAuthenticated()) {
            Map<Long, Comment> byId = comments.findByContributionIdOrderByCreatedAt(contributionId).stream()
                    .collect(Collectors.toMap(Comment::id, Function.identity()));
            for (ModerationDecision decision : decisions.findByContributionIdOrderByDecidedAtAsc(contributionId)) {
                Long commentId = decision.commentId();
                ModerationTarget target = commentId != null
                        ? new ModerationTarget.OfComment(
                                Objects.requireNonNull(
                                        byId.get(commentId), "a decision's comment is one of its contribution's"),
                                contribution,
                                comments)
                        : new ModerationTarget.OfContribution(contribution, contributions);
                if (viewer.accountId().equals(target.authorAccountId())) {
                    ModerationAppeal appeal =
                            appeals.findByDecisionId(decision.storedId()).orElse(null);
                    boolean appealable = AppealPolicy.refusal(decision, appeal != null, hidingInForce(decision, target))
                            .isEmpty();
                    own.add(new ModerationSummary.OwnDecision(
                            decision,
                            target.subject(),
                            decision.decidedAt().atZone(details.zone()).toLocalDate(),
                            appeal,
                            appealable));
                }
            }
        }
        return new ModerationSummary(moderates, contribution.hidden(), contribution.hiddenReason(), notices, own);
    }

    /** Hides or restores; the decision recorded when hiding, none when restoring. */
    private @Nullable ModerationDecision decide(Actor actor, long contributionId, boolean hide, String reason) {
        Contribution contribution = find(contributionId);
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        String clean = reason(reason, "contribution.moderation.reason");
        contributions.update(contribution.withModeration(hide, hide ? clean : null));
        ModerationDecision decision = hide
                ? records.record(ModerationDecision.hide(
                        councilId, contributionId, null, clean, actor.accountId(), clock.instant()))
                : null;
        Map<String, Object> after = new LinkedHashMap<>(Map.of("hidden", hide, "reason", clean));
        if (decision != null) {
            after.put("decision", decision.id());
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                hide ? "contribution.hide" : "contribution.restore",
                "contribution",
                String.valueOf(contributionId),
                Map.of("hidden", contribution.hidden()),
                after));
        records.tellAuthor(
                contribution.authorAccountId(),
                hide ? "contribution.moderation.hidden.title" : "contribution.moderation.restored.title",
                "contribution.moderation.body",
                List.of(contribution.title(), clean),
                link(contributionId));
        return decision;
    }

    /** Whether this decision is the hiding that keeps its content hidden now. */
    private boolean hidingInForce(ModerationDecision decision, ModerationTarget target) {
        if (decision.kind() != ModerationDecision.Kind.HIDE || !target.hidden()) {
            return false;
        }
        Long commentId = decision.commentId();
        return (commentId != null
                        ? decisions.findFirstByCommentIdAndKindOrderByIdDesc(commentId, ModerationDecision.Kind.HIDE)
                        : decisions.findFirstByContributionIdAndCommentIdIsNullAndKindOrderByIdDesc(
                                decision.contributionId(), ModerationDecision.Kind.HIDE))
                .map(latest -> Objects.equals(latest.id(), decision.id()))
                .orElse(false);
    }

    private ModerationTarget target(ModerationDecision decision) {
        Contribution contribution = find(decision.contributionId());
        Long commentId = decision.commentId();
        return commentId != null
                ? new ModerationTarget.OfComment(comments.findById(commentId).orElseThrow(), contribution, comments)
                : new ModerationTarget.OfContribution(contribution, contributions);
    }

    private static String reason(@Nullable String reason, String messageKey) {
        String clean = TextInput.cleanOrEmpty(reason);
        if (clean.isEmpty() || clean.length() > REASON_MAX_LENGTH) {
            throw new UserFacingException(messageKey);
        }
        return clean;
    }

    private long establishedReporters(long contributionId) {
        return store.establishedReporters(contributionId, clock.instant().minus(establishedAfter));
    }

    private Contribution find(long contributionId) {
        return contributions
                .findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
    }

    private long councilOf(Contribution contribution) {
        return consultations
                .details(contribution.consultationId())
                .consultation()
                .councilId();
    }

    private static String link(long contributionId) {
        return "/contributions/" + contributionId;
    }
}
