package fr.convergences.project;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.territory.council.CouncilDirectory;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The projet's actions: created in an axis by council admins, their status changed (started, done, abandoned with its
 * reason) and their progress logged, each change audited; linked to the motions and convergences they answer. Status
 * changes are published as {@link ActionStatusChanged} for those who follow.
 */
@Singleton
public class ActionService {

    public static final long BUDGET_MAX_EUROS = 1_000_000_000_000L;

    private final ProjectActionRepository actions;
    private final AxisRepository axes;
    private final ProgressEntryRepository progress;
    private final IndicatorRepository indicators;
    private final ActionPartStore parts;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final ConsultationService consultations;
    private final ConvergenceService convergences;
    private final MotionService motions;
    private final CouncilDirectory councils;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ProjectEvents events;
    private final Clock clock;
    private final DiscussionService discussions;

    public ActionService(
            ProjectActionRepository actions,
            AxisRepository axes,
            ProgressEntryRepository progress,
            IndicatorRepository indicators,
            ActionPartStore parts,
            ProjectService projects,
            OrganisationService organisations,
            ConsultationService consultations,
            ConvergenceService convergences,
            MotionService motions,
            CouncilDirectory councils,
            CouncilZones zones,
            Permissions permissions,
            AuditTrail audit,
            ProjectEvents events,
            Clock clock,
            DiscussionService discussions) {
        this.discussions = discussions;
        this.actions = actions;
        this.axes = axes;
        this.progress = progress;
        this.indicators = indicators;
        this.parts = parts;
        this.projects = projects;
        this.organisations = organisations;
        this.consultations = consultations;
        this.convergences = convergences;
        this.motions = motions;
        this.councils = councils;
        this.zones = zones;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProjectAction create(Actor actor, long axisId, ActionForm form) {
        Axis axis = axes.findById(axisId).orElseThrow(() -> new UserFacingException("project.axis.unknown"));
        long councilId = projects.find(axis.projectId()).councilId();
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        String title = TextInput.singleLine(form.title(), ProjectAction.TITLE_MAX_LENGTH, "project.action.title");
        String description = TextInput.required(
                form.description(), ProjectAction.DESCRIPTION_MAX_LENGTH, "project.action.description");
        if (form.ownerOrganisationId() == null) {
            throw new UserFacingException("project.action.owner.required");
        }
        Set<Long> known = organisations.verifiedOrganisations().stream()
                .map(Organisation::id)
                .collect(java.util.stream.Collectors.toSet());
        Set<Long> partners = form.partnerIds() == null ? Set.of() : form.partnerIds();
        if (!known.contains(form.ownerOrganisationId()) || !known.containsAll(partners)) {
            throw new UserFacingException("project.action.organisation.unknown");
        }
        if (partners.contains(form.ownerOrganisationId())) {
            throw new UserFacingException("project.action.partner.isOwner");
        }
        Set<String> communes = form.communes() == null ? Set.of() : form.communes();
        if (!consultations.territoryCommunes(councilId).keySet().containsAll(communes)) {
            throw new UserFacingException("project.action.commune.unknown");
        }
        if (form.startsOn() == null || form.dueOn() == null) {
            throw new UserFacingException("project.action.dates.required");
        }
        if (form.dueOn().isBefore(form.startsOn())) {
            throw new UserFacingException("project.action.dates.order");
        }
        if (form.budgetEuros() != null && (form.budgetEuros() < 0 || form.budgetEuros() > BUDGET_MAX_EUROS)) {
            throw new UserFacingException("project.action.budget.invalid");
        }
        if (actions.existsByAxisIdAndTitle(axisId, title)) {
            throw new UserFacingException("project.action.duplicate");
        }
        ProjectAction action = actions.save(new ProjectAction(
                null,
                axisId,
                title,
                description,
                form.ownerOrganisationId(),
                form.startsOn(),
                form.dueOn(),
                form.budgetEuros(),
                ActionStatus.PLANNED,
                null,
                actor.accountId(),
                clock.instant(),
                null));
        long actionId = StoredId.of(action.id());
        parts.addPartners(actionId, partners);
        parts.addCommunes(actionId, communes);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", title);
        after.put("owner", form.ownerOrganisationId());
        after.put("startsOn", form.startsOn().toString());
        after.put("dueOn", form.dueOn().toString());
        after.put("budgetEuros", form.budgetEuros());
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.action.create",
                "project_action",
                String.valueOf(action.id()),
                Map.of(),
                after));
        return action;
    }

    /** Starts, completes or abandons an action (see {@link ActionStatusPolicy}); the change is logged and published. */
    @Transactional
    public ProjectAction changeStatus(Actor actor, long actionId, ActionStatus to, @Nullable String reason) {
        ProjectAction action = find(actionId);
        long councilId = councilOf(action);
        // Abandoning an action of the projet the council adopted is the council's decision; starting and completing it
        // are also its owner's to record.
        requireFollowUp(actor, action, councilId, to != ActionStatus.ABANDONED);
        String cleanReason = TextInput.optional(reason, ProjectAction.REASON_MAX_LENGTH, "project.action.reason");
        ActionStatusPolicy.problem(action.status(), to, cleanReason).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        Instant now = clock.instant();
        ProjectAction changed = actions.update(action.withStatus(to, cleanReason));
        progress.save(
                new ProgressEntry(null, actionId, zones.today(councilId), cleanReason, to, actor.accountId(), now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        after.put("reason", cleanReason);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.action.status",
                "project_action",
                String.valueOf(actionId),
                Map.of("status", action.status().name()),
                after));
        events.actionStatusChanged(new ActionStatusChanged(actionId, councilId, action.status(), to, now));
        return changed;
    }

    /** Adds a dated entry to the action's progress log (never in the future, never edited afterwards). */
    @Transactional
    public ProgressEntry logProgress(Actor actor, long actionId, LocalDate notedOn, String text) {
        return logProgress(actor, actionId, notedOn, text, List.of());
    }

    /** The same, with documents attached as links (a report, minutes): each an http(s) address, its label the address if none. */
    @Transactional
    public ProgressEntry logProgress(
            Actor actor, long actionId, LocalDate notedOn, String text, List<ProgressAttachment> attachments) {
        ProjectAction action = find(actionId);
        long councilId = councilOf(action);
        requireFollowUp(actor, action, councilId, true);
        String clean = TextInput.required(text, ProgressEntry.TEXT_MAX_LENGTH, "project.progress.text");
        if (notedOn == null || notedOn.isAfter(zones.today(councilId))) {
            throw new UserFacingException("project.progress.date");
        }
        List<ProgressAttachment> links = new java.util.ArrayList<>();
        for (ProgressAttachment attachment : attachments) {
            String url = TextInput.optional(
                    attachment.url(), ProgressAttachment.URL_MAX_LENGTH, "project.progress.attachment.url");
            if (url == null) {
                continue;
            }
            if (!url.matches("(?i)https?://\\S+")) {
                throw new UserFacingException("project.progress.attachment.url.invalid");
            }
            String label = TextInput.singleLineOptional(
                    attachment.label(), ProgressAttachment.LABEL_MAX_LENGTH, "project.progress.attachment.label");
            links.add(new ProgressAttachment(0, label == null ? url : label, url));
        }
        ProgressEntry entry = progress.save(
                new ProgressEntry(null, actionId, notedOn, clean, null, actor.accountId(), clock.instant()));
        parts.addAttachments(StoredId.of(entry.id()), links);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.action.progress",
                "project_action",
                String.valueOf(actionId),
                Map.of(),
                Map.of(
                        "notedOn",
                        notedOn.toString(),
                        "text",
                        clean,
                        "attachments",
                        links.stream().map(ProgressAttachment::url).toList())));
        return entry;
    }

    /**
     * Links the action to a decided motion of its council, to a confirmed convergence of one of its consultations, or
     * to a contribution the public reads there.
     */
    @Transactional
    public void link(Actor actor, long actionId, LinkKind kind, long targetId) {
        ProjectAction action = find(actionId);
        long councilId = councilOf(action);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        String title = switch (kind) {
            case MOTION -> {
                Motion motion = decidedMotion(targetId);
                if (motion == null || motion.councilId() != councilId || motion.status() == MotionStatus.DRAFT) {
                    throw new UserFacingException("project.link.unknown");
                }
                yield motion.title();
            }
            case CONVERGENCE -> {
                StoredConvergence convergence = convergences
                        .confirmedById(targetId)
                        .filter(found -> consultations.councilOf(found.consultationId()) == councilId)
                        .orElseThrow(() -> new UserFacingException("project.link.unknown"));
                yield convergence.label();
            }
            // A contribution as the public reads it (published, neither hidden nor withdrawn), of one of the council's
            // consultations.
            case CONTRIBUTION -> {
                fr.convergences.contribution.Contribution contribution = publicContribution(targetId);
                if (contribution == null || consultations.councilOf(contribution.consultationId()) != councilId) {
                    throw new UserFacingException("project.link.unknown");
                }
                yield contribution.title();
            }
        };
        String kept = title.length() > 300 ? title.substring(0, 300) : title;
        if (!parts.addLink(new ActionPartStore.Link(actionId, kind, targetId, kept))) {
            throw new UserFacingException("project.link.duplicate");
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.action.link",
                "project_action",
                String.valueOf(actionId),
                Map.of(),
                Map.of("kind", kind.name(), "target", targetId)));
    }

    /** An action's public page: visible once the projet is published (to council admins before). */
    @Transactional(readOnly = true)
    public ActionDetails page(Actor actor, long actionId) {
        ProjectAction action = find(actionId);
        Axis axis = axes.findById(action.axisId()).orElseThrow();
        HealthProject project = projects.find(axis.projectId());
        if (!projects.isVisible(actor, project)) {
            throw new UserFacingException("project.action.unknown");
        }
        long councilId = project.councilId();
        Map<String, String> communeNames = consultations.territoryCommunes(councilId);
        List<ActionDetails.Link> links = parts.linksOf(actionId).stream()
                .map(link -> new ActionDetails.Link(link.kind(), link.targetId(), link.title(), path(link)))
                .toList();
        return new ActionDetails(
                action,
                axis,
                councilId,
                councils.bySlug(councils.slugOf(councilId)).name(),
                councils.slugOf(councilId),
                zones.zone(councilId),
                organisations.find(action.ownerOrganisationId()).name(),
                parts.partnersOf(actionId).stream()
                        .map(id -> organisations.find(id).name())
                        .toList(),
                parts.communesOf(actionId).stream()
                        .map(code -> communeNames.getOrDefault(code, code))
                        .toList(),
                progress.findLog(actionId),
                parts.attachmentsOf(actionId),
                links,
                indicators.findByActionIdOrderById(actionId),
                permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, councilId),
                followsUp(actor, action, councilId));
    }

    /** The organisations an action can be carried by or partnered with: the verified ones. */
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.verifiedOrganisations();
    }

    private String path(ActionPartStore.Link link) {
        return switch (link.kind()) {
            case MOTION -> "motions/" + link.targetId();
            // The convergence's card on its consultation's convergences page (the route that shows convergences).
            case CONVERGENCE ->
                convergences
                        .confirmedById(link.targetId())
                        .map(found ->
                                "consultations/" + found.consultationId() + "/convergences#convergence-" + found.id())
                        .orElse("recherche");
            case CONTRIBUTION -> "contributions/" + link.targetId();
        };
    }

    private fr.convergences.contribution.@Nullable Contribution publicContribution(long contributionId) {
        try {
            return discussions
                    .discussion(Actor.ANONYMOUS, contributionId, java.util.Locale.FRENCH)
                    .contribution();
        } catch (UserFacingException unknown) {
            return null;
        }
    }

    private @Nullable Motion decidedMotion(long motionId) {
        try {
            return motions.page(Actor.ANONYMOUS, motionId).motion();
        } catch (UserFacingException unknown) {
            return null;
        }
    }

    /**
     * The council admin follows up every action; the administrators of the action's owner organisation follow up
     * theirs when {@code ownerMay} (their progress log, its start and completion).
     */
    private void requireFollowUp(Actor actor, ProjectAction action, long councilId, boolean ownerMay) {
        if (ownerMay && !permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, councilId)) {
            permissions.require(actor, Action.RECORD_ACTION_PROGRESS, action.ownerOrganisationId());
            return;
        }
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
    }

    /** Whether the actor records this action's progress (the council admin, or an administrator of its owner). */
    private boolean followsUp(Actor actor, ProjectAction action, long councilId) {
        return permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, councilId)
                || permissions.allows(actor, Action.RECORD_ACTION_PROGRESS, action.ownerOrganisationId());
    }

    private ProjectAction find(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new UserFacingException("project.action.unknown"));
    }

    private long councilOf(ProjectAction action) {
        Axis axis = axes.findById(action.axisId()).orElseThrow();
        return projects.find(axis.projectId()).councilId();
    }
}
