package fr.convergences.project;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.College;
import fr.convergences.territory.council.CollegeService;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The projet's result indicators: proposed by council admins, co-adopted when the users' college's agreement is
 * recorded (which college, on what day, who recorded it), measured at territory or commune level, shown publicly.
 */
@Singleton
public class IndicatorService {

    /** Measured values stay within the column's NUMERIC(14, 3). */
    public static final BigDecimal VALUE_LIMIT = new BigDecimal("99999999999");

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final LatestMeasurementStore latest;
    private final ProjectActionRepository actions;
    private final AxisRepository axes;
    private final ProjectService projects;
    private final CollegeService colleges;
    private final ConsultationService consultations;
    private final CouncilDirectory councils;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ProjectEvents events;
    private final Clock clock;

    public IndicatorService(
            IndicatorRepository indicators,
            MeasurementRepository measurements,
            LatestMeasurementStore latest,
            ProjectActionRepository actions,
            AxisRepository axes,
            ProjectService projects,
            CollegeService colleges,
            ConsultationService consultations,
            CouncilDirectory councils,
            CouncilZones zones,
            Permissions permissions,
            AuditTrail audit,
            ProjectEvents events,
            Clock clock) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.latest = latest;
        this.actions = actions;
        this.axes = axes;
        this.projects = projects;
        this.colleges = colleges;
        this.consultations = consultations;
        this.councils = councils;
        this.zones = zones;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes an indicator of the projet (or of one of its actions); it awaits the users' college's agreement. */
    @Transactional
    public Indicator define(Actor actor, long projectId, IndicatorForm form) {
        HealthProject project = projects.find(projectId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, project.councilId());
        String name = TextInput.singleLine(form.name(), Indicator.NAME_MAX_LENGTH, "project.indicator.name");
        String definition =
                TextInput.required(form.definition(), Indicator.DEFINITION_MAX_LENGTH, "project.indicator.definition");
        String unit = TextInput.singleLine(form.unit(), Indicator.UNIT_MAX_LENGTH, "project.indicator.unit");
        String source = TextInput.required(form.source(), Indicator.SOURCE_MAX_LENGTH, "project.indicator.source");
        String owner = TextInput.singleLine(form.owner(), Indicator.OWNER_MAX_LENGTH, "project.indicator.owner");
        Frequency frequency = form.frequency();
        if (frequency == null) {
            throw new UserFacingException("project.indicator.frequency.required");
        }
        IndicatorTargetPolicy.problem(
                        form.baselineValue(), form.baselineOn(), form.targetValue(), form.targetOn(), form.direction())
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        // The policy refuses a form without all five values, with this very key.
        IndicatorForm.Target target =
                form.target().orElseThrow(() -> new UserFacingException("project.indicator.values.required"));
        checkValue(target.baselineValue());
        checkValue(target.targetValue());
        Long actionId = form.actionId();
        if (actionId != null
                && actions.findById(actionId)
                        .flatMap(action -> axes.findById(action.axisId()))
                        .filter(axis -> axis.projectId() == projectId)
                        .isEmpty()) {
            throw new UserFacingException("project.action.unknown");
        }
        if (indicators.existsByProjectIdAndName(projectId, name)) {
            throw new UserFacingException("project.indicator.duplicate");
        }
        Indicator indicator = indicators.save(Indicator.proposed(
                projectId,
                actionId,
                name,
                definition,
                unit,
                source,
                target,
                frequency,
                owner,
                actor.accountId(),
                clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("baseline", target.baselineValue().toPlainString() + "@" + target.baselineOn());
        after.put("target", target.targetValue().toPlainString() + "@" + target.targetOn());
        after.put("direction", target.direction().name());
        audit.record(new AuditEvent(
                actor,
                project.councilId(),
                "project.indicator.define",
                "project_indicator",
                String.valueOf(indicator.id()),
                Map.of(),
                after));
        return indicator;
    }

    /** Records that a college of the council (the users' college) agreed to the indicator on that day: it is co-adopted. */
    @Transactional
    public Indicator recordCollegeAgreement(
            Actor actor, long indicatorId, long collegeId, java.time.LocalDate agreedOn) {
        Indicator indicator = find(indicatorId);
        long councilId = projects.find(indicator.projectId()).councilId();
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        if (indicator.coAdopted()) {
            throw new UserFacingException("project.indicator.agreement.already");
        }
        if (colleges.colleges(councilId).stream().noneMatch(college -> StoredId.of(college.id()) == collegeId)) {
            throw new UserFacingException("project.indicator.agreement.college");
        }
        if (agreedOn == null || agreedOn.isAfter(zones.today(councilId))) {
            throw new UserFacingException("project.indicator.agreement.date");
        }
        Instant now = clock.instant();
        Indicator agreed = indicators.update(indicator.withAgreement(collegeId, agreedOn, actor.accountId(), now));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.indicator.coAdopt",
                "project_indicator",
                String.valueOf(indicatorId),
                Map.of(),
                Map.of("college", collegeId, "agreedOn", agreedOn.toString())));
        events.indicatorCoAdopted(new IndicatorCoAdopted(indicatorId, councilId, now));
        return agreed;
    }

    /** Records a measured value, for the territory or one of its communes; one value per indicator, date and place. */
    @Transactional
    public Measurement recordMeasurement(Actor actor, long indicatorId, MeasurementForm form) {
        Indicator indicator = find(indicatorId);
        long councilId = projects.find(indicator.projectId()).councilId();
        permissions.require(actor, Action.RECORD_MEASUREMENT, councilId);
        String provenance = TextInput.required(
                form.provenance(), Measurement.PROVENANCE_MAX_LENGTH, "project.measurement.provenance");
        if (form.value() == null) {
            throw new UserFacingException("project.measurement.value.required");
        }
        checkValue(form.value());
        if (form.measuredOn() == null || form.measuredOn().isAfter(zones.today(councilId))) {
            throw new UserFacingException("project.measurement.date");
        }
        String commune = TextInput.optional(form.inseeCode(), 5, "project.measurement.commune");
        if (commune != null && !consultations.territoryCommunes(councilId).containsKey(commune)) {
            throw new UserFacingException("project.measurement.commune.unknown");
        }
        boolean taken = commune == null
                ? measurements.existsByIndicatorIdAndMeasuredOnAndInseeCodeIsNull(indicatorId, form.measuredOn())
                : measurements.existsByIndicatorIdAndMeasuredOnAndInseeCode(indicatorId, form.measuredOn(), commune);
        if (taken) {
            throw new UserFacingException("project.measurement.duplicate");
        }
        Measurement measurement = measurements.save(new Measurement(
                null,
                indicatorId,
                form.measuredOn(),
                form.value(),
                commune,
                provenance,
                actor.accountId(),
                clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("measuredOn", form.measuredOn().toString());
        after.put("value", form.value().toPlainString());
        after.put("commune", commune);
        after.put("provenance", provenance);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.measurement.record",
                "project_indicator",
                String.valueOf(indicatorId),
                Map.of(),
                after));
        return measurement;
    }

    /**
     * The council's indicators with their territory series and their latest values by commune: public once the projet is
     * published, for council admins before.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Actor actor, String councilSlug) {
        Council council = councils.bySlug(councilSlug);
        long councilId = StoredId.of(council.id());
        boolean canRecord = permissions.allows(actor, Action.RECORD_MEASUREMENT, councilId);
        Map<String, String> communes = consultations.territoryCommunes(councilId);
        List<Dashboard.Entry> entries = projects.visibleProject(actor, councilId)
                .map(project -> entries(councilId, indicators.findByProjectIdOrderById(StoredId.of(project.id()))))
                .orElse(List.of());
        return new Dashboard(council.name(), council.slug(), entries, communes, canRecord);
    }

    /**
     * One action's indicators, as the council's dashboard shows them (the action's page draws them): visible wherever
     * the action is, that is once the projet is published, or to council admins before.
     */
    @Transactional(readOnly = true)
    public Dashboard actionDashboard(Actor actor, long actionId) {
        ProjectAction action =
                actions.findById(actionId).orElseThrow(() -> new UserFacingException("project.action.unknown"));
        HealthProject project =
                projects.find(axes.findById(action.axisId()).orElseThrow().projectId());
        if (!projects.isVisible(actor, project)) {
            throw new UserFacingException("project.action.unknown");
        }
        Council council = councils.bySlug(councils.slugOf(project.councilId()));
        long councilId = StoredId.of(council.id());
        Map<String, String> communes = consultations.territoryCommunes(councilId);
        return new Dashboard(
                council.name(),
                council.slug(),
                entries(councilId, indicators.findByActionIdOrderById(actionId)),
                communes,
                permissions.allows(actor, Action.RECORD_MEASUREMENT, councilId));
    }

    private List<Dashboard.Entry> entries(long councilId, List<Indicator> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        // The territory series and the latest value of each commune, not every measurement: at 50 indicators measured
        // for five years in 300 communes that is 300,000 rows (ProjectDashboardBenchmark); the whole history is open
        // data.
        List<Long> ids = list.stream().map(Indicator::id).toList();
        Map<Long, List<Measurement>> byIndicator = new java.util.HashMap<>();
        java.util.stream.Stream.concat(measurements.findTerritorySeries(ids).stream(), latest.byCommune(ids).stream())
                .forEach(measurement -> byIndicator
                        .computeIfAbsent(measurement.indicatorId(), id -> new ArrayList<>())
                        .add(measurement));
        Map<Long, String> collegeNames =
                colleges.colleges(councilId).stream().collect(Collectors.toMap(College::id, College::name));
        return list.stream()
                .map(indicator -> new Dashboard.Entry(
                        indicator,
                        indicator.agreedCollegeId() == null ? null : collegeNames.get(indicator.agreedCollegeId()),
                        byIndicator.getOrDefault(indicator.id(), List.of())))
                .toList();
    }

    /** The colleges of the council, to choose the one whose agreement is recorded. */
    @Transactional(readOnly = true)
    public List<College> colleges(long councilId) {
        return colleges.colleges(councilId);
    }

    private static void checkValue(BigDecimal value) {
        if (value != null
                && (value.abs().compareTo(VALUE_LIMIT) > 0
                        || Math.max(0, value.stripTrailingZeros().scale()) > 3)) {
            throw new UserFacingException("project.measurement.value.invalid");
        }
    }

    private Indicator find(long indicatorId) {
        return indicators.findById(indicatorId).orElseThrow(() -> new UserFacingException("project.indicator.unknown"));
    }
}
