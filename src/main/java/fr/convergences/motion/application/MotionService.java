package fr.convergences.motion.application;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.motion.infrastructure.AttachmentRepository;
import fr.convergences.motion.infrastructure.BallotStore;
import fr.convergences.motion.infrastructure.Cancellations;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MotionOptionRepository;
import fr.convergences.motion.infrastructure.MotionParts;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.infrastructure.MotionStore;
import fr.convergences.motion.infrastructure.MotionTablings;
import fr.convergences.motion.infrastructure.SessionLocks;
import fr.convergences.motion.infrastructure.VotingEvents;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.model.Attachment;
import fr.convergences.motion.model.ChainPayload;
import fr.convergences.motion.model.DraftChangePolicy;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.RecusalPolicy;
import fr.convergences.motion.model.TablingPolicy;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Motions from draft to decision: drafted and edited by council admins (text, options, attachments, the
 * contributions and convergences answered), published, and declared interests ({@link ArsFollowUpService} keeps the
 * agency's follow-up of an avis). Also tells a contribution's page which motions answer it.
 */
@Singleton
public class MotionService {

    public static final int STATEMENT_MAX_LENGTH = 1000;
    /** The longest reason given when cancelling a motion (the table's limit). */
    public static final int CANCEL_REASON_MAX_LENGTH = 1000;

    private final MotionRepository motions;
    private final MotionOptionRepository options;
    private final AttachmentRepository attachments;
    private final VotingSessionRepository sessions;
    private final CouncilRepository councils;
    private final ContributionService contributions;
    private final ConvergenceCatalogue convergences;
    private final CouncilZones zones;
    private final BallotStore ballots;
    private final VotingEvents events;
    private final SessionLocks locks;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final MotionStore store;
    private final MotionParts parts;
    private final Cancellations cancellations;
    private final MotionTablings tablings;
    private final NotificationOutbox outbox;
    private final Clock clock;

    public MotionService(
            MotionRepository motions,
            MotionOptionRepository options,
            AttachmentRepository attachments,
            VotingSessionRepository sessions,
            CouncilRepository councils,
            ContributionService contributions,
            ConvergenceCatalogue convergences,
            CouncilZones zones,
            BallotStore ballots,
            VotingEvents events,
            SessionLocks locks,
            Permissions permissions,
            AuditTrail audit,
            MotionStore store,
            MotionParts parts,
            Cancellations cancellations,
            MotionTablings tablings,
            NotificationOutbox outbox,
            Clock clock) {
        this.tablings = tablings;
        this.outbox = outbox;
        this.parts = parts;
        this.cancellations = cancellations;
        this.motions = motions;
        this.options = options;
        this.attachments = attachments;
        this.sessions = sessions;
        this.councils = councils;
        this.contributions = contributions;
        this.convergences = convergences;
        this.zones = zones;
        this.ballots = ballots;
        this.events = events;
        this.locks = locks;
        this.permissions = permissions;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Motion draft(Actor actor, long councilId, MotionForm form) {
        permissions.require(actor, Action.DRAFT_MOTION, councilId);
        Valid valid = validate(councilId, form);
        Motion motion = motions.save(new Motion(
                null,
                councilId,
                form.consultationId(),
                form.kind(),
                valid.title,
                valid.body,
                valid.reasons,
                MotionStatus.DRAFT,
                null,
                actor.accountId(),
                clock.instant(),
                null,
                null,
                null,
                null));
        writeParts(StoredId.of(motion.id()), valid, form);
        audit.record(new AuditEvent(
                actor, councilId, "motion.draft", "motion", String.valueOf(motion.id()), Map.of(), describe(motion)));
        return motion;
    }

    /** Edits a motion until its first voting session is planned. */
    @Transactional
    public Motion update(Actor actor, long motionId, MotionForm form) {
        Motion motion = find(motionId);
        permissions.require(actor, Action.DRAFT_MOTION, motion.councilId());
        if (motion.status() == MotionStatus.CANCELLED) {
            throw new UserFacingException("motion.cancelled.already");
        }
        if (motion.status().isDecided()
                || !sessions.findByMotionIdOrderById(motionId).isEmpty()) {
            throw new UserFacingException("motion.edit.locked");
        }
        Valid valid = validate(motion.councilId(), form);
        Motion updated = motions.update(
                motion.withText(form.consultationId(), form.kind(), valid.title, valid.body, valid.reasons));
        parts.clear(motionId);
        attachments.deleteByMotionId(motionId);
        writeParts(motionId, valid, form);
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.update",
                "motion",
                String.valueOf(motionId),
                describe(motion),
                describe(updated)));
        return updated;
    }

    @Transactional
    public Motion publish(Actor actor, long motionId) {
        Motion motion = find(motionId);
        permissions.require(actor, Action.DRAFT_MOTION, motion.councilId());
        if (motion.status() == MotionStatus.CANCELLED) {
            throw new UserFacingException("motion.cancelled.already");
        }
        if (motion.status() != MotionStatus.DRAFT) {
            throw new UserFacingException("motion.publish.notDraft");
        }
        Motion published = motions.update(motion.withStatus(MotionStatus.PUBLISHED, null, null));
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.publish",
                "motion",
                String.valueOf(motionId),
                Map.of("status", motion.status().name()),
                Map.of("status", published.status().name())));
        return published;
    }

    /**
     * A member tables a motion, or an amendment to a published motion ({@link TablingPolicy}): a draft whose author is the
     * member, which the bureau publishes and puts on an agenda, or declines with a reason the member is told.
     */
    @Transactional
    public Motion table(Actor actor, long councilId, MotionForm form, @Nullable Long amendsMotionId) {
        permissions.require(actor, Action.TABLE_MOTION, councilId);
        Optional<MotionTablings.Standing> standing =
                tablings.standing(councilId, actor.accountId(), zones.today(councilId));
        Motion amended = amendsMotionId == null
                ? null
                : motions.findById(amendsMotionId)
                        .filter(found -> found.councilId() == councilId)
                        .orElseThrow(() -> new UserFacingException("motion.unknown"));
        TablingPolicy.problem(
                        standing.isPresent(),
                        standing.map(MotionTablings.Standing::deliberativeVoice).orElse(false),
                        amended == null ? null : amended.status(),
                        amended != null
                                && !sessions.findByMotionIdOrderById(StoredId.of(amended.id()))
                                        .isEmpty())
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        Valid valid = validate(councilId, form);
        Motion motion = motions.save(new Motion(
                null,
                councilId,
                form.consultationId(),
                form.kind(),
                valid.title,
                valid.body,
                valid.reasons,
                MotionStatus.DRAFT,
                null,
                actor.accountId(),
                clock.instant(),
                null,
                null,
                null,
                null));
        writeParts(StoredId.of(motion.id()), valid, form);
        tablings.record(
                StoredId.of(motion.id()),
                actor.accountId(),
                standing.orElseThrow().personName(),
                amendsMotionId);
        Map<String, Object> after = describe(motion);
        if (amendsMotionId != null) {
            after.put("amends", amendsMotionId);
        }
        audit.record(new AuditEvent(
                actor, councilId, "motion.table", "motion", String.valueOf(motion.id()), Map.of(), after));
        // The bureau hears of it through the outbox, in this transaction: the proposal waits for them to publish or
        // decline it.
        List<Long> bureau = tablings.bureau(councilId, zones.today(councilId)).stream()
                .filter(account -> !account.equals(actor.accountId()))
                .toList();
        outbox.recordFor(
                new OutgoingNotification(
                        "motion-tabled:" + motion.id(),
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        StoredId.of(motion.id()),
                        NotificationKind.VOTING_SESSION,
                        "motion.table.tabled.title",
                        amended == null ? "motion.table.tabled.body" : "motion.table.tabled.amendment",
                        amended == null
                                ? List.of(standing.orElseThrow().personName(), valid.title)
                                : List.of(standing.orElseThrow().personName(), valid.title, amended.title()),
                        "/motions/" + motion.id()),
                bureau);
        return motion;
    }

    /** Whether the person may table motions in the council (the link is offered to them). */
    @Transactional(readOnly = true)
    public boolean canTable(Actor actor, long councilId) {
        return permissions.allows(actor, Action.TABLE_MOTION, councilId);
    }

    /**
     * The secretariat cancels a motion before any vote on it, with a reason kept on its page ({@link DraftChangePolicy}).
     * A published motion stays listed publicly, as cancelled; a cancelled draft stays the secretariat's.
     */
    @Transactional
    public Motion cancel(Actor actor, long motionId, String reason) {
        Motion motion = find(motionId);
        permissions.require(actor, Action.DRAFT_MOTION, motion.councilId());
        String text = TextInput.required(reason, CANCEL_REASON_MAX_LENGTH, "motion.cancel.reason");
        DraftChangePolicy.motionCancellation(
                        motion.status(),
                        !sessions.findByMotionIdOrderById(motionId).isEmpty(),
                        cancellations.onAgendaToCome(motionId))
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        Motion cancelled = motions.update(motion.withStatus(MotionStatus.CANCELLED, null, null));
        cancellations.recordMotion(
                motionId, motion.status() != MotionStatus.DRAFT, text, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.cancel",
                "motion",
                String.valueOf(motionId),
                Map.of("status", motion.status().name()),
                Map.of("status", cancelled.status().name(), "reason", text)));
        // Cancelling a member's proposal is declining it: they are told why, through the outbox, in this transaction.
        tablings.of(motionId)
                .ifPresent(tabling -> outbox.recordFor(
                        new OutgoingNotification(
                                "motion-declined:" + motionId,
                                NotificationOutbox.GIVEN_RECIPIENTS,
                                motionId,
                                NotificationKind.VOTING_SESSION,
                                "motion.table.declined.title",
                                "motion.table.declined.body",
                                List.of(motion.title(), text),
                                "/motions/" + motionId),
                        List.of(tabling.accountId())));
        return cancelled;
    }

    /**
     * A new draft with the text, options, attachments and links of another motion of the council (a cancelled or decided
     * one included: the usual way to table again what was withdrawn or lost), to edit before publishing.
     */
    @Transactional
    public Motion duplicate(Actor actor, long motionId) {
        Motion source = find(motionId);
        permissions.require(actor, Action.DRAFT_MOTION, source.councilId());
        MotionForm form = formOf(source);
        Valid valid = validate(source.councilId(), form);
        Motion copy = motions.save(new Motion(
                null,
                source.councilId(),
                form.consultationId(),
                form.kind(),
                valid.title,
                valid.body,
                valid.reasons,
                MotionStatus.DRAFT,
                null,
                actor.accountId(),
                clock.instant(),
                null,
                null,
                null,
                null));
        writeParts(StoredId.of(copy.id()), valid, form);
        Map<String, Object> after = describe(copy);
        after.put("duplicateOf", motionId);
        audit.record(new AuditEvent(
                actor, source.councilId(), "motion.duplicate", "motion", String.valueOf(copy.id()), Map.of(), after));
        return copy;
    }

    /** A member declares an interest in the motion and is recused from voting on it (final, shown in the minutes). */
    @Transactional
    public void declareInterest(Actor actor, long motionId, String statement) {
        Motion motion = find(motionId);
        permissions.require(actor, Action.DECLARE_INTEREST, motion.councilId());
        String text = TextInput.required(statement, STATEMENT_MAX_LENGTH, "motion.interest.statement");
        List<VotingSession> open = sessions.findByMotionIdOrderById(motionId).stream()
                .filter(session -> session.status() == VotingSession.Status.OPEN)
                .toList();
        open.forEach(session -> locks.exclusive(StoredId.of(session.id())));
        LocalDate today = zones.today(motion.councilId());
        List<MotionStore.MandateInOffice> mandates =
                store.mandatesInOffice(motion.councilId(), actor.accountId(), today);
        boolean declared = store.interestDeclared(motionId, actor.accountId());
        boolean voted =
                open.stream().anyMatch(session -> ballots.votedAs(StoredId.of(session.id()), actor.accountId()));
        RecusalPolicy.problem(!mandates.isEmpty(), motion.status().isDecided(), declared, voted)
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        MotionStore.MandateInOffice mandate = mandates.getFirst();
        Long seat = mandate.titular() ? mandate.id() : null;
        store.recordInterest(motionId, actor.accountId(), seat, mandate.personName(), text, clock.instant());
        ChainPayload.Recusal recusal = new ChainPayload.Recusal(actor.accountId(), seat);
        open.forEach(session -> events.appendPending(StoredId.of(session.id()), recusal, actor.accountId()));
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.interest.declare",
                "motion",
                String.valueOf(motionId),
                Map.of(),
                Map.of("seat", seat == null ? "" : seat, "statement", text)));
    }

    /** A motion's page; drafts only for those who draft them. */
    @Transactional(readOnly = true)
    public MotionDetails page(Actor actor, long motionId) {
        Motion motion = motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
        boolean canDraft = permissions.allows(actor, Action.DRAFT_MOTION, motion.councilId());
        java.util.Optional<Cancellations.Cancellation> cancellation = cancellations.ofMotion(motionId);
        Optional<MotionTablings.Tabling> tabling = tablings.of(motionId);
        boolean author = actor.isAuthenticated()
                && tabling.map(t -> t.accountId() == actor.accountId()).orElse(false);
        // A draft, or a draft cancelled before it was ever published, is the secretariat's own, and its tabler's.
        if ((motion.status() == MotionStatus.DRAFT
                        || cancellation.filter(c -> !c.wasPublic()).isPresent())
                && !canDraft
                && !author) {
            throw new UserFacingException("motion.unknown");
        }
        MotionDetails.Link amends = tabling.map(MotionTablings.Tabling::amendsMotionId)
                .flatMap(motions::findById)
                .map(amended ->
                        new MotionDetails.Link(StoredId.of(amended.id()), amended.title(), "motions/" + amended.id()))
                .orElse(null);
        Council council = councils.findById(motion.councilId()).orElseThrow();
        List<MotionDetails.Link> linkedContributions = store.linkedContributions(motionId).stream()
                .map(linked -> new MotionDetails.Link(linked.id(), linked.title(), "contributions/" + linked.id()))
                .toList();
        // Each convergence's own page lists the motions and actions that answer it: the way back from here.
        List<MotionDetails.Link> linkedConvergences = store.linkedConvergences(motionId).stream()
                .map(linked -> new MotionDetails.Link(linked.id(), linked.title(), "convergences/" + linked.id()))
                .toList();
        List<MotionDetails.Interest> interests = store.interests(motionId).stream()
                .map(interest ->
                        new MotionDetails.Interest(interest.personName(), interest.statement(), interest.declaredAt()))
                .toList();
        return new MotionDetails(
                motion,
                council.name(),
                council.slug(),
                zones.zone(motion.councilId()),
                options.findByMotionIdOrderByPosition(motionId),
                attachments.findByMotionIdOrderByPosition(motionId),
                linkedContributions,
                linkedConvergences,
                interests,
                sessions.findByMotionIdOrderById(motionId),
                canDraft && !motion.status().isDecided(),
                permissions.allows(actor, Action.RUN_VOTING_SESSION, motion.councilId()),
                permissions.allows(actor, Action.RECORD_ARS_FOLLOW_UP, motion.councilId()),
                permissions.allows(actor, Action.DECLARE_INTEREST, motion.councilId())
                        && !motion.status().isDecided()
                        && motion.status() != MotionStatus.CANCELLED,
                cancellation.map(Cancellations.Cancellation::reason).orElse(null),
                tabling.map(MotionTablings.Tabling::name).orElse(null),
                amends,
                motion.status() == MotionStatus.PUBLISHED
                        && permissions.allows(actor, Action.TABLE_MOTION, motion.councilId()));
    }

    /** The council's motions for its decisions list: published and decided ones for all, drafts too for admins. */
    @Transactional(readOnly = true)
    public List<Motion> decisions(Actor actor, long councilId) {
        boolean admin = permissions.allows(actor, Action.DRAFT_MOTION, councilId);
        // A member sees the proposals they tabled, pending or declined, beside the council's public motions.
        java.util.function.Predicate<Motion> mine = motion -> actor.isAuthenticated()
                && motion.createdBy().equals(actor.accountId())
                && tablings.of(StoredId.of(motion.id())).isPresent();
        return motions.findByCouncilIdOrderByCreatedAtDesc(councilId).stream()
                .filter(motion -> admin || mine.test(motion) || motion.status() != MotionStatus.DRAFT)
                .filter(motion -> admin
                        || mine.test(motion)
                        || motion.status() != MotionStatus.CANCELLED
                        || cancellations
                                .ofMotion(StoredId.of(motion.id()))
                                .map(Cancellations.Cancellation::wasPublic)
                                .orElse(false))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean canDraft(Actor actor, long councilId) {
        return permissions.allows(actor, Action.DRAFT_MOTION, councilId);
    }

    /** What the form offers to link: the council's consultations, their published contributions and convergences. */
    @Transactional(readOnly = true)
    public List<MotionDetails.Link> consultations(long councilId) {
        return store.consultations(councilId).stream()
                .map(consultation -> new MotionDetails.Link(
                        consultation.id(), consultation.title(), "consultations/" + consultation.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MotionDetails.Link> contributionsOf(long consultationId) {
        return contributions.published(consultationId).stream()
                .map(contribution -> new MotionDetails.Link(
                        StoredId.of(contribution.id()), contribution.title(), "contributions/" + contribution.id()))
                .toList();
    }

    public List<ConvergenceCatalogue.ConvergenceRef> convergencesOf(long consultationId) {
        return convergences.of(consultationId);
    }

    /** The form's current values, for editing. */
    @Transactional(readOnly = true)
    public MotionForm form(Actor actor, long motionId) {
        Motion motion = find(motionId);
        permissions.require(actor, Action.DRAFT_MOTION, motion.councilId());
        return formOf(motion);
    }

    private MotionForm formOf(Motion motion) {
        long motionId = StoredId.of(motion.id());
        return new MotionForm(
                motion.consultationId(),
                motion.kind(),
                motion.title(),
                motion.body(),
                motion.reasons(),
                options.findByMotionIdOrderByPosition(motionId).stream()
                        .map(MotionOption::label)
                        .toList(),
                attachments.findByMotionIdOrderByPosition(motionId).stream()
                        .map(a -> new MotionForm.AttachmentLink(a.label(), a.url()))
                        .toList(),
                parts.contributionIds(motionId),
                parts.convergenceIds(motionId));
    }

    /** A published motion answering a contribution: its title, its status as people read it, and its page. */
    public record MotionLink(long motionId, String title, String statusKey, String path) {}

    /** The published motions that answer a contribution, for its page. */
    @Transactional(readOnly = true)
    public List<MotionLink> answering(long contributionId) {
        return store.answering(contributionId).stream()
                .map(motion -> new MotionLink(
                        motion.id(), motion.title(), "motion.status." + motion.status(), "motions/" + motion.id()))
                .toList();
    }

    Motion find(long motionId) {
        return motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
    }

    private record Valid(
            String title,
            String body,
            String reasons,
            List<String> options,
            List<MotionForm.AttachmentLink> attachments,
            List<ConvergenceCatalogue.ConvergenceRef> convergences) {}

    private Valid validate(long councilId, MotionForm form) {
        if (form.kind() == null) {
            throw new UserFacingException("motion.kind.required");
        }
        String title = TextInput.singleLine(form.title(), Motion.TITLE_MAX_LENGTH, "motion.title");
        String body = TextInput.required(form.body(), Motion.TEXT_MAX_LENGTH, "motion.body");
        String reasons = TextInput.required(form.reasons(), Motion.TEXT_MAX_LENGTH, "motion.reasons");
        List<String> labels = new ArrayList<>();
        for (String option : form.options() == null ? List.<String>of() : form.options()) {
            String label = TextInput.singleLineOptional(option, MotionOption.LABEL_MAX_LENGTH, "motion.option");
            if (label != null) {
                labels.add(label);
            }
        }
        if (form.kind().hasOptions() && (labels.size() < 2 || labels.size() > Motion.MAX_OPTIONS)) {
            throw new UserFacingException("motion.options.count", Motion.MAX_OPTIONS);
        }
        if (!form.kind().hasOptions() && !labels.isEmpty()) {
            throw new UserFacingException("motion.options.arbitrationOnly");
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new UserFacingException("motion.options.duplicate");
        }
        List<MotionForm.AttachmentLink> links = AttachmentLinks.valid(
                        form.attachments() == null
                                ? List.of()
                                : form.attachments().stream()
                                        .map(link -> fr.convergences.motion.model.DocumentLink.written(
                                                link.label(), link.url()))
                                        .toList())
                .stream()
                .map(link -> new MotionForm.AttachmentLink(link.label(), link.url()))
                .toList();
        if (form.consultationId() != null && !store.consultationInCouncil(form.consultationId(), councilId)) {
            throw new UserFacingException("motion.consultation.unknown");
        }
        Set<Long> contributionIds = form.contributionIds() == null ? Set.of() : form.contributionIds();
        if (!contributionIds.isEmpty()) {
            long inCouncil = store.contributionsInCouncil(contributionIds, councilId);
            if (inCouncil != contributionIds.size()) {
                throw new UserFacingException("motion.contribution.unknown");
            }
        }
        Set<Long> convergenceIds = form.convergenceIds() == null ? Set.of() : form.convergenceIds();
        List<ConvergenceCatalogue.ConvergenceRef> refs = List.of();
        if (!convergenceIds.isEmpty()) {
            if (form.consultationId() == null) {
                throw new UserFacingException("motion.convergence.unknown");
            }
            refs = convergences.of(form.consultationId()).stream()
                    .filter(ref -> convergenceIds.contains(ref.id()))
                    .toList();
            if (refs.size() != convergenceIds.size()) {
                throw new UserFacingException("motion.convergence.unknown");
            }
        }
        return new Valid(title, body, reasons, labels, links, refs);
    }

    private void writeParts(long motionId, Valid valid, MotionForm form) {
        for (int i = 0; i < valid.options().size(); i++) {
            options.save(new MotionOption(null, motionId, i + 1, valid.options().get(i)));
        }
        for (int i = 0; i < valid.attachments().size(); i++) {
            attachments.save(new Attachment(
                    null,
                    motionId,
                    i + 1,
                    Objects.requireNonNull(
                            valid.attachments().get(i).label(),
                            "validated above: a link without a label takes its address"),
                    valid.attachments().get(i).url()));
        }
        parts.linkContributions(motionId, form.contributionIds() == null ? Set.<Long>of() : form.contributionIds());
        for (ConvergenceCatalogue.ConvergenceRef ref : valid.convergences()) {
            parts.linkConvergence(motionId, ref.id(), ref.title());
        }
    }

    private static Map<String, Object> describe(Motion motion) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", motion.kind().name());
        map.put("title", motion.title());
        map.put("status", motion.status().name());
        return map;
    }
}
