package fr.convergences.project;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The projet territorial de santé of a council: opened with a first draft version, its axes added, the draft adopted
 * by the council's délibération, then published. The public sees it once a version is published; council admins
 * see it from the first draft.
 */
@Singleton
public class ProjectService {

    private final HealthProjectRepository projects;
    private final ProjectVersionRepository versions;
    private final AxisRepository axes;
    private final ProjectActionRepository actions;
    private final CouncilDirectory councils;
    private final MotionService motions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ProjectEvents events;
    private final Clock clock;

    public ProjectService(
            HealthProjectRepository projects,
            ProjectVersionRepository versions,
            AxisRepository axes,
            ProjectActionRepository actions,
            CouncilDirectory councils,
            MotionService motions,
            Permissions permissions,
            AuditTrail audit,
            ProjectEvents events,
            Clock clock) {
        this.projects = projects;
        this.versions = versions;
        this.axes = axes;
        this.actions = actions;
        this.councils = councils;
        this.motions = motions;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the council's projet (one per council) with its first draft version. */
    @Transactional
    public HealthProject open(Actor actor, long councilId, String title, String summary) {
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        String cleanTitle = TextInput.singleLine(title, HealthProject.TITLE_MAX_LENGTH, "project.title");
        String cleanSummary = TextInput.required(summary, ProjectVersion.SUMMARY_MAX_LENGTH, "project.summary");
        if (projects.findByCouncilId(councilId).isPresent()) {
            throw new UserFacingException("project.exists");
        }
        Instant now = clock.instant();
        HealthProject project =
                projects.save(new HealthProject(null, councilId, cleanTitle, actor.accountId(), now, null));
        versions.save(ProjectVersion.draft(StoredId.of(project.id()), 1, cleanSummary, now));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.open",
                "health_project",
                String.valueOf(project.id()),
                Map.of(),
                Map.of("title", cleanTitle)));
        return project;
    }

    /** Adds an axis (a priority) at the end of the projet. */
    @Transactional
    public Axis addAxis(Actor actor, long projectId, String title, String description) {
        HealthProject project = find(projectId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, project.councilId());
        String cleanTitle = TextInput.singleLine(title, Axis.TITLE_MAX_LENGTH, "project.axis.title");
        String cleanDescription =
                TextInput.optional(description, Axis.DESCRIPTION_MAX_LENGTH, "project.axis.description");
        if (axes.existsByProjectIdAndTitle(projectId, cleanTitle)) {
            throw new UserFacingException("project.axis.duplicate");
        }
        int position = axes.findByProjectIdOrderByPosition(projectId).size() + 1;
        Axis axis = axes.save(
                new Axis(null, projectId, position, cleanTitle, cleanDescription == null ? "" : cleanDescription));
        audit.record(new AuditEvent(
                actor,
                project.councilId(),
                "project.axis.add",
                "project_axis",
                String.valueOf(axis.id()),
                Map.of(),
                Map.of("title", cleanTitle, "position", position)));
        return axis;
    }

    /** The draft version is adopted by the council's délibération that voted it (see {@link AdoptionPolicy}). */
    @Transactional
    public ProjectVersion adopt(Actor actor, long projectId, long motionId) {
        HealthProject project = find(projectId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, project.councilId());
        ProjectVersion latest = latest(projectId);
        Motion motion = decidedMotion(motionId);
        AdoptionPolicy.problem(project.councilId(), latest.status(), motion).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        Instant now = clock.instant();
        ProjectVersion adopted = versions.update(latest.adopted(motionId, now));
        audit.record(new AuditEvent(
                actor,
                project.councilId(),
                "project.version.adopt",
                "health_project_version",
                String.valueOf(adopted.id()),
                Map.of("status", latest.status().name()),
                Map.of("status", adopted.status().name(), "motion", motionId)));
        events.versionChanged(new ProjectVersionChanged(
                projectId, project.councilId(), adopted.number(), VersionStatus.ADOPTED, now));
        return adopted;
    }

    /** Publishes the adopted version: from then on the public sees the projet, its actions and indicators. */
    @Transactional
    public ProjectVersion publish(Actor actor, long projectId) {
        HealthProject project = find(projectId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, project.councilId());
        ProjectVersion latest = latest(projectId);
        if (latest.status() != VersionStatus.ADOPTED) {
            throw new UserFacingException("project.publish.notAdopted");
        }
        Instant now = clock.instant();
        ProjectVersion published = versions.update(latest.published(now));
        audit.record(new AuditEvent(
                actor,
                project.councilId(),
                "project.version.publish",
                "health_project_version",
                String.valueOf(published.id()),
                Map.of("status", latest.status().name()),
                Map.of("status", published.status().name())));
        events.versionChanged(new ProjectVersionChanged(
                projectId, project.councilId(), published.number(), VersionStatus.PUBLISHED, now));
        return published;
    }

    /** The council's projet as its page shows it: the published version for all, the latest for council admins. */
    @Transactional(readOnly = true)
    public ProjectDetails page(Actor actor, String councilSlug) {
        Council council = councils.bySlug(councilSlug);
        long councilId = StoredId.of(council.id());
        boolean canManage = permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        Optional<HealthProject> project = projects.findByCouncilId(councilId);
        if (project.isEmpty()) {
            return new ProjectDetails(councilId, council.name(), council.slug(), null, null, List.of(), canManage);
        }
        long projectId = StoredId.of(project.get().id());
        Optional<ProjectVersion> shown = versions.findByProjectIdOrderByNumberDesc(projectId).stream()
                .filter(version -> canManage || version.status() == VersionStatus.PUBLISHED)
                .findFirst();
        if (shown.isEmpty()) {
            return new ProjectDetails(councilId, council.name(), council.slug(), null, null, List.of(), false);
        }
        List<Axis> axisList = axes.findByProjectIdOrderByPosition(projectId);
        Map<Long, List<ProjectAction>> byAxis = new LinkedHashMap<>();
        axisList.forEach(axis -> byAxis.put(StoredId.of(axis.id()), new java.util.ArrayList<>()));
        if (!axisList.isEmpty()) {
            actions.findByAxisIdInOrderById(byAxis.keySet())
                    .forEach(action -> Objects.requireNonNull(
                                    byAxis.get(action.axisId()), "the actions were read by these axes' ids")
                            .add(action));
        }
        List<ProjectDetails.AxisWithActions> content = axisList.stream()
                .map(axis -> new ProjectDetails.AxisWithActions(
                        axis, List.copyOf(byAxis.getOrDefault(StoredId.of(axis.id()), List.of()))))
                .toList();
        return new ProjectDetails(
                councilId, council.name(), council.slug(), project.get(), shown.get(), content, canManage);
    }

    /** The council's projet, if it has one and the actor may see it (published, or council admin). */
    @Transactional(readOnly = true)
    public Optional<HealthProject> visibleProject(Actor actor, long councilId) {
        return projects.findByCouncilId(councilId).filter(project -> isVisible(actor, project));
    }

    boolean isVisible(Actor actor, HealthProject project) {
        return permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, project.councilId())
                || versions.findByProjectIdOrderByNumberDesc(StoredId.of(project.id())).stream()
                        .anyMatch(v -> v.status() == VersionStatus.PUBLISHED);
    }

    HealthProject find(long projectId) {
        return projects.findById(projectId).orElseThrow(() -> new UserFacingException("project.unknown"));
    }

    private ProjectVersion latest(long projectId) {
        return versions.findByProjectIdOrderByNumberDesc(projectId).getFirst();
    }

    /** A motion as the public sees it (drafts are nobody's to adopt a projet with), or null. */
    private @Nullable Motion decidedMotion(long motionId) {
        try {
            return motions.page(Actor.ANONYMOUS, motionId).motion();
        } catch (UserFacingException unknown) {
            return null;
        }
    }
}
