package fr.convergences.contribution.discussion;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.CommentRepository;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionRepository;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.moderation.ModerationDecision;
import fr.convergences.contribution.moderation.ModerationDecisions;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.contribution.moderation.ModerationStore;
import fr.convergences.contribution.moderation.ParticipationPolicy;
import fr.convergences.contribution.moderation.Redaction;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.RateLimit;
import fr.convergences.identity.RateLimited;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Supporting and discussing contributions, and moderating the discussion. One support per person per contribution
 * (a primary key, so two clicks or two devices count once); supporting one's own contribution is refused, since the
 * count is read as "how many others share this". Comments take a stance and may answer a comment. Anyone signed in
 * reports a comment (once); moderators hide, restore or redact it, with a reason, audit-logged, the author told.
 */
@Singleton
public class DiscussionService {

    private final ContributionRepository contributions;
    private final CommentRepository comments;
    private final ConsultationService consultations;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final ModerationDecisions moderation;
    private final AuditTrail audit;
    private final DiscussionStore store;
    private final ModerationStore reports;
    private final I18NProvider messages;
    private final Clock clock;

    public DiscussionService(
            ContributionRepository contributions,
            CommentRepository comments,
            ConsultationService consultations,
            AccountRepository accounts,
            Permissions permissions,
            ModerationDecisions moderation,
            AuditTrail audit,
            DiscussionStore store,
            ModerationStore reports,
            I18NProvider messages,
            Clock clock) {
        this.contributions = contributions;
        this.comments = comments;
        this.consultations = consultations;
        this.accounts = accounts;
        this.permissions = permissions;
        this.moderation = moderation;
        this.audit = audit;
        this.store = store;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    /** A comment's stance on a contribution, and who took it (an account, never shown). */
    public record CommentStance(long contributionId, long authorAccountId, Stance stance) {}

    /**
     * The for and against stances that visible comments take on these contributions (neutral and hidden comments left
     * out): what the synthesis reads to tell a divergence from a convergence. Public reading: comments are public.
     */
    @Transactional(readOnly = true)
    public List<CommentStance> stancesOn(java.util.Collection<Long> contributionIds) {
        return store.stancesOn(contributionIds);
    }

    @Transactional
    @RateLimit(RateLimited.SUPPORT)
    public void support(Actor actor, long contributionId) {
        Contribution contribution = requireAllowed(actor, Action.SUPPORT, contributionId);
        ParticipationPolicy.requireOpen(contribution);
        if (actor.accountId().equals(contribution.authorAccountId())) {
            throw new UserFacingException("contribution.support.own");
        }
        if (!store.addSupport(contributionId, actor.accountId(), clock.instant())) {
            throw new UserFacingException("contribution.support.twice");
        }
    }

    /** Always possible, even once the contribution is withdrawn or hidden: people may take back what they gave. */
    @Transactional
    public void withdrawSupport(Actor actor, long contributionId) {
        Contribution contribution = requireAllowed(actor, Action.SUPPORT, contributionId);
        if (contribution.isDraft()) {
            throw new UserFacingException("contribution.unknown");
        }
        store.removeSupport(contributionId, actor.accountId());
    }

    /** Comments on a contribution, or replies to a top-level comment of the same contribution. */
    @Transactional
    @RateLimit(RateLimited.COMMENT)
    public Comment comment(
            Actor actor, long contributionId, @Nullable Long parentId, @Nullable Stance stance, @Nullable String body) {
        ParticipationPolicy.requireOpen(requireAllowed(actor, Action.COMMENT, contributionId));
        if (stance == null) {
            throw new UserFacingException("contribution.comment.stance");
        }
        String text = TextInput.cleanOrEmpty(body);
        if (text.isEmpty() || text.length() > Comment.BODY_MAX_LENGTH) {
            throw new UserFacingException("contribution.comment.body", Comment.BODY_MAX_LENGTH);
        }
        if (parentId != null) {
            Comment parent = comments.findById(parentId)
                    .filter(found -> found.contributionId() == contributionId && found.parentId() == null)
                    .orElseThrow(() -> new UserFacingException("contribution.comment.parent"));
            if (parent.hidden()) {
                throw new UserFacingException("moderation.comment.hidden");
            }
        }
        // Personal data is masked before the comment is stored, as a contribution's is (issue 15), so that no page,
        // export or open data can show it. Unlike a contribution's, no original is kept: a comment is short, and its
        // masked text is enough to moderate, so the personal data is never stored at all.
        return comments.save(Comment.create(
                contributionId, parentId, actor.accountId(), stance, PersonalDataDetector.mask(text), clock.instant()));
    }

    /**
     * The kinds of personal data {@link #comment} masks in this text (empty when none), so that the form can tell its
     * writer after posting: no original is kept, so this is read from the text typed, by the same rule.
     */
    public Set<PersonalDataDetector.Kind> personalDataMaskedInComment(@Nullable String body) {
        return PersonalDataDetector.kinds(TextInput.cleanOrEmpty(body));
    }

    /** Reports a comment to the moderators, with a reason; once per person. */
    @Transactional
    public void reportComment(Actor actor, long commentId, @Nullable String reason) {
        Comment comment = findComment(commentId);
        Contribution contribution =
                contributions.findById(comment.contributionId()).orElseThrow();
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.REPORT, councilId);
        ParticipationPolicy.requireOpen(contribution);
        if (comment.hidden()) {
            throw new UserFacingException("moderation.comment.hidden");
        }
        String clean = TextInput.cleanOrEmpty(reason);
        if (clean.isEmpty() || clean.length() > ModerationService.REASON_MAX_LENGTH) {
            throw new UserFacingException("contribution.report.reason");
        }
        if (!reports.addCommentReport(commentId, actor.accountId(), clean, clock.instant())) {
            throw new UserFacingException("moderation.comment.report.twice");
        }
        if (reports.commentReportCount(commentId) == 1) {
            moderation.alertModerators(
                    councilId,
                    "moderation.comment.report.alert.title",
                    "moderation.comment.report.alert.body",
                    List.of(contribution.title()),
                    "/contributions/" + contribution.id());
        }
    }

    @Transactional
    public void hideComment(Actor actor, long commentId, String reason) {
        decideOnComment(actor, commentId, true, reason);
    }

    @Transactional
    public void restoreComment(Actor actor, long commentId, String reason) {
        decideOnComment(actor, commentId, false, reason);
    }

    /** Replaces a passage of a comment (exactly as written) with a neutral marker, there and in the copies of it. */
    @Transactional
    public ModerationDecision redactComment(Actor actor, long commentId, String passage, String reason) {
        Comment comment = findComment(commentId);
        Contribution contribution =
                contributions.findById(comment.contributionId()).orElseThrow();
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        Redaction redaction = new Redaction(passage);
        String clean = reason(reason);
        int occurrences = redaction.occurrencesIn(comment.body());
        if (occurrences == 0) {
            throw new UserFacingException("moderation.redaction.notFound");
        }
        comments.update(comment.withBody(redaction.applyTo(comment.body()))
                .withModeration(comment.hidden(), redaction.applyToIfPresent(comment.hiddenReason())));
        moderation.wipeCopies(redaction, contribution.storedId(), commentId);
        int removed = redaction.passage().length() * occurrences;
        ModerationDecision decision = moderation.record(ModerationDecision.redact(
                councilId,
                contribution.storedId(),
                commentId,
                clean,
                actor.accountId(),
                "body",
                removed,
                clock.instant()));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "comment.redact",
                "comment",
                String.valueOf(commentId),
                Map.of(),
                Map.of(
                        "reason",
                        clean,
                        "fields",
                        List.of("body"),
                        "removedLength",
                        removed,
                        "occurrences",
                        occurrences,
                        "decision",
                        decision.id())));
        moderation.tellAuthor(
                comment.authorAccountId(),
                "moderation.comment.redacted.title",
                "moderation.comment.body",
                List.of(contribution.title(), clean),
                "/contributions/" + contribution.id());
        return decision;
    }

    /**
     * The contribution's page, with the viewer's own support marked. A draft exists only for its author; a hidden
     * contribution only for the moderators and its author (who may appeal); a withdrawn one only for its author and
     * the moderators (withdrawing takes it out of public view, so its page says only that it was withdrawn).
     */
    @Transactional(readOnly = true)
    public Discussion discussion(Actor viewer, long contributionId, Locale locale) {
        Contribution contribution = contributions
                .findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        boolean author = viewer.isAuthenticated() && viewer.accountId().equals(contribution.authorAccountId());
        if (contribution.isDraft() && !author) {
            throw new UserFacingException("contribution.unknown");
        }
        ConsultationDetails details = consultations.details(contribution.consultationId());
        boolean moderates = permissions.allows(
                viewer, Action.MODERATE, details.consultation().councilId());
        if (contribution.hidden() && !moderates && !author) {
            throw new UserFacingException("contribution.hidden");
        }
        if (contribution.isWithdrawn() && !moderates && !author) {
            throw new UserFacingException("contribution.withdrawn.gone");
        }
        long supports = store.supportCount(contributionId);
        boolean supported = viewer.isAuthenticated() && store.supports(contributionId, viewer.accountId());
        // A hidden comment's text reaches only the moderators and its author.
        List<Comment> all = comments.findByContributionIdOrderByCreatedAt(contributionId).stream()
                .map(comment -> !comment.hidden()
                                || moderates
                                || (viewer.isAuthenticated()
                                        && viewer.accountId().equals(comment.authorAccountId()))
                        ? comment
                        : comment.withBody("").withModeration(true, null))
                .toList();
        Map<Long, List<Comment>> replies = all.stream()
                .filter(comment -> comment.parentId() != null)
                .collect(Collectors.groupingBy(Comment::parentId));
        List<Discussion.Thread> threads = all.stream()
                .filter(comment -> comment.parentId() == null)
                .map(comment -> new Discussion.Thread(
                        comment,
                        name(comment.authorAccountId(), locale),
                        replies.getOrDefault(comment.id(), List.of()).stream()
                                .map(reply -> new Discussion.Reply(reply, name(reply.authorAccountId(), locale)))
                                .toList()))
                .toList();
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            counts.put(
                    stance,
                    all.stream()
                            .filter(comment -> !comment.hidden() && comment.stance() == stance)
                            .count());
        }
        return new Discussion(
                contribution,
                name(contribution.authorAccountId(), locale),
                supports,
                supported,
                threads,
                counts,
                moderates,
                moderation.notices(contributionId, details.zone()));
    }

    private void decideOnComment(Actor actor, long commentId, boolean hide, String reason) {
        Comment comment = findComment(commentId);
        Contribution contribution =
                contributions.findById(comment.contributionId()).orElseThrow();
        long councilId = councilOf(contribution);
        permissions.require(actor, Action.MODERATE, councilId);
        String clean = reason(reason);
        comments.update(comment.withModeration(hide, hide ? clean : null));
        Map<String, Object> after = new LinkedHashMap<>(Map.of("hidden", hide, "reason", clean));
        if (hide) {
            after.put(
                    "decision",
                    moderation
                            .record(ModerationDecision.hide(
                                    councilId,
                                    contribution.storedId(),
                                    commentId,
                                    clean,
                                    actor.accountId(),
                                    clock.instant()))
                            .id());
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                hide ? "comment.hide" : "comment.restore",
                "comment",
                String.valueOf(commentId),
                Map.of("hidden", comment.hidden()),
                after));
        moderation.tellAuthor(
                comment.authorAccountId(),
                hide ? "moderation.comment.hidden.title" : "moderation.comment.restored.title",
                "moderation.comment.body",
                List.of(contribution.title(), clean),
                "/contributions/" + contribution.id());
    }

    private Contribution requireAllowed(Actor actor, Action action, long contributionId) {
        Contribution contribution = contributions
                .findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        permissions.require(actor, action, councilOf(contribution));
        return contribution;
    }

    private Comment findComment(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new UserFacingException("moderation.comment.unknown"));
    }

    private long councilOf(Contribution contribution) {
        return consultations
                .details(contribution.consultationId())
                .consultation()
                .councilId();
    }

    private static String reason(@Nullable String reason) {
        String clean = TextInput.cleanOrEmpty(reason);
        if (clean.isEmpty() || clean.length() > ModerationService.REASON_MAX_LENGTH) {
            throw new UserFacingException("contribution.moderation.reason");
        }
        return clean;
    }

    /** The author's display name (a pseudonym is fine), or "compte supprimé". */
    private String name(@Nullable Long accountId, Locale locale) {
        if (accountId == null) {
            return messages.getTranslation("contribution.author.none", locale);
        }
        // A deleted account keeps its id but no name.
        return accounts.findById(accountId)
                .map(Account::displayName)
                .orElseGet(() -> messages.getTranslation("contribution.author.deleted", locale));
    }
}
