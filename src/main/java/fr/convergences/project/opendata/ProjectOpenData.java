package fr.convergences.project.opendata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.convergences.base.StoredId;
import fr.convergences.contribution.exchange.OpenDataExport;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionResult;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.project.ActionPartStore;
import fr.convergences.project.Dashboard;
import fr.convergences.project.IndicatorService;
import fr.convergences.project.LinkKind;
import fr.convergences.project.Measurement;
import fr.convergences.project.MeasurementRepository;
import fr.convergences.project.ProjectAction;
import fr.convergences.project.ProjectDetails;
import fr.convergences.project.ProjectService;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A council's projet and decisions as open data under the Licence Ouverte 2.0, in the contributions' file habits
 * ({@link OpenDataExport}: the licence and the source as CSV comments, formulas neutralised, the same library). The rows
 * are what the public pages show, read through the owning features' services as an anonymous visitor: the published
 * projet only, motions once published, a vote's result once its session is closed. Counts of a vote are published, never
 * who voted what: roll-call names are on the minutes, not in a data set meant for re-use.
 */
@Singleton
public class ProjectOpenData {

    /** Several values in one CSV cell: the separator the contributions' themes use. */
    static final String SEPARATOR = OpenDataExport.THEME_SEPARATOR;

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final CouncilDirectory councils;
    private final ProjectService projects;
    private final IndicatorService indicators;
    private final ActionPartStore parts;
    private final OrganisationService organisations;
    private final MotionService motions;
    private final VotingSessionService sessions;
    private final ArsFollowUpService arsFollowUp;
    private final MeasurementRepository measurementRepository;
    private final Clock clock;

    public ProjectOpenData(
            CouncilDirectory councils,
            ProjectService projects,
            IndicatorService indicators,
            ActionPartStore parts,
            OrganisationService organisations,
            MotionService motions,
            VotingSessionService sessions,
            ArsFollowUpService arsFollowUp,
            MeasurementRepository measurementRepository,
            Clock clock) {
        this.councils = councils;
        this.projects = projects;
        this.indicators = indicators;
        this.parts = parts;
        this.organisations = organisations;
        this.motions = motions;
        this.sessions = sessions;
        this.arsFollowUp = arsFollowUp;
        this.measurementRepository = measurementRepository;
        this.clock = clock;
    }

    /** The council whose data is asked for; refused ("unknown", a 404 in the API) before anything is written. */
    public Council council(String councilSlug) {
        return councils.bySlug(councilSlug);
    }

    /** The rows of one set, each in the order of {@link OpenDataSet#columns()}. */
    @Transactional(readOnly = true)
    public List<List<Object>> rows(String councilSlug, OpenDataSet set) {
        Council council = councils.bySlug(councilSlug);
        List<List<Object>> rows = new ArrayList<>();
        switch (set) {
            case ACTIONS -> actions(council, rows::add);
            case INDICATORS -> indicators(council, rows::add);
            case MEASUREMENTS -> measurements(council, rows::add);
            case DECISIONS -> decisions(council, rows::add);
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public void writeCsv(String councilSlug, OpenDataSet set, Writer out) {
        Council council = councils.bySlug(councilSlug);
        List<List<Object>> rows = rows(councilSlug, set);
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setCommentMarker('#').get());
            csv.printComment(OpenDataExport.LICENCE);
            csv.printComment(source(council, set));
            csv.printRecord(set.columns());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(ProjectOpenData::csvCell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"licence": …, "source": …, "council": {…}, "dataset": …, "columns": […], "rows": [{column: value, …}, …]}}. */
    @Transactional(readOnly = true)
    public void writeJson(String councilSlug, OpenDataSet set, Writer out) {
        Council council = councils.bySlug(councilSlug);
        List<List<Object>> rows = rows(councilSlug, set);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("licence", OpenDataExport.LICENCE);
            json.writeStringField("source", source(council, set));
            json.writeObjectFieldStart("council");
            json.writeStringField("slug", council.slug());
            json.writeStringField("name", council.name());
            json.writeEndObject();
            json.writeStringField("dataset", set.fileName());
            json.writeArrayFieldStart("columns");
            for (String column : set.columns()) {
                json.writeString(column);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (List<Object> row : rows) {
                json.writeStartObject();
                for (int i = 0; i < set.columns().size(); i++) {
                    json.writeFieldName(set.columns().get(i));
                    jsonValue(json, row.get(i));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attribution the licence asks for: who produced the data, which set, and when. */
    private String source(Council council, OpenDataSet set) {
        return council.name() + " — " + set.fileName() + " (Convergences), " + clock.instant();
    }

    private void actions(Council council, Consumer<List<Object>> rows) {
        ProjectDetails page = projects.page(Actor.ANONYMOUS, council.slug());
        Map<Long, String> organisationNames = new HashMap<>();
        for (ProjectDetails.AxisWithActions axis : page.axes()) {
            for (ProjectAction action : axis.actions()) {
                List<ActionPartStore.Link> links = parts.linksOf(StoredId.of(action.id()));
                rows.accept(Arrays.asList(
                        action.id(),
                        council.name(),
                        axis.axis().title(),
                        action.title(),
                        action.description(),
                        organisationName(organisationNames, action.ownerOrganisationId()),
                        parts.partnersOf(StoredId.of(action.id())).stream()
                                .map(id -> organisationName(organisationNames, id))
                                .toList(),
                        parts.communesOf(StoredId.of(action.id())),
                        action.startsOn().toString(),
                        action.dueOn().toString(),
                        action.budgetEuros(),
                        action.status().name(),
                        action.abandonReason(),
                        linked(links, LinkKind.MOTION),
                        linked(links, LinkKind.CONVERGENCE),
                        linked(links, LinkKind.CONTRIBUTION)));
            }
        }
    }

    private String organisationName(Map<Long, String> names, long organisationId) {
        return names.computeIfAbsent(
                organisationId, id -> organisations.find(id).name());
    }

    private static List<Long> linked(List<ActionPartStore.Link> links, LinkKind kind) {
        return links.stream()
                .filter(link -> link.kind() == kind)
                .map(ActionPartStore.Link::targetId)
                .toList();
    }

    private void indicators(Council council, Consumer<List<Object>> rows) {
        Dashboard dashboard = indicators.dashboard(Actor.ANONYMOUS, council.slug());
        for (Dashboard.Entry entry : dashboard.indicators()) {
            var indicator = entry.indicator();
            rows.accept(Arrays.asList(
                    indicator.id(),
                    council.name(),
                    indicator.actionId(),
                    indicator.name(),
                    indicator.definition(),
                    indicator.unit(),
                    indicator.source(),
                    indicator.baselineValue(),
                    indicator.baselineOn().toString(),
                    indicator.targetValue(),
                    indicator.targetOn().toString(),
                    indicator.frequency().name(),
                    indicator.direction().name(),
                    indicator.owner(),
                    entry.collegeName(),
                    indicator.agreedOn() == null ? null : indicator.agreedOn().toString()));
        }
    }

    private void measurements(Council council, Consumer<List<Object>> rows) {
        Dashboard dashboard = indicators.dashboard(Actor.ANONYMOUS, council.slug());
        if (dashboard.indicators().isEmpty()) {
            return;
        }
        // Every measurement, not the dashboard's latest values by commune: the file is the whole history.
        Map<Long, List<Measurement>> history =
                measurementRepository
                        .findSeries(dashboard.indicators().stream()
                                .map(entry -> entry.indicator().id())
                                .toList())
                        .stream()
                        .collect(java.util.stream.Collectors.groupingBy(Measurement::indicatorId));
        for (Dashboard.Entry entry : dashboard.indicators()) {
            var indicator = entry.indicator();
            history.getOrDefault(indicator.id(), List.of())
                    .forEach(measurement -> rows.accept(Arrays.asList(
                            indicator.id(),
                            indicator.name(),
                            measurement.measuredOn().toString(),
                            measurement.inseeCode(),
                            measurement.inseeCode() == null
                                    ? null
                                    : dashboard.communeNames().get(measurement.inseeCode()),
                            measurement.value(),
                            indicator.unit(),
                            measurement.provenance())));
        }
    }

    private void decisions(Council council, Consumer<List<Object>> rows) {
        List<Motion> published = new ArrayList<>(motions.decisions(Actor.ANONYMOUS, StoredId.of(council.id())));
        published.sort(Comparator.comparing(Motion::id));
        for (Motion motion : published) {
            // The result of the latest closed session: an earlier one may have lacked its quorum and been reconvened.
            VotingSession closed = sessions.sessionsOf(StoredId.of(motion.id())).stream()
                    .filter(s -> s.status() == VotingSession.Status.CLOSED)
                    .reduce((first, second) -> second)
                    .orElse(null);
            SessionResult result = closed == null ? null : sessions.result(StoredId.of(closed.id()));
            ArsFollowUpService.Register register = arsFollowUp.register(StoredId.of(motion.id()));
            ArsReply lastReply =
                    register.replies().isEmpty() ? null : register.replies().getLast();
            List<Object> row = new ArrayList<>(Arrays.asList(
                    motion.id(),
                    council.name(),
                    motion.kind().name(),
                    motion.title(),
                    motion.body(),
                    motion.status().name(),
                    motion.consultationId(),
                    motion.decidedAt() == null ? null : motion.decidedAt().toString()));
            if (closed == null || result == null) {
                row.addAll(Arrays.asList(new Object[11]));
            } else {
                var tally = result.tally();
                row.addAll(Arrays.asList(
                        closed.ballotKind().name(),
                        closed.method().name(),
                        tally.outcome().name(),
                        tally.electorate(),
                        tally.presentOrRepresented(),
                        tally.quorumReached(),
                        tally.ballots(),
                        tally.forVotes(),
                        tally.against(),
                        tally.abstentions(),
                        tally.winningOption() == null
                                ? null
                                : result.optionLabels().get(tally.winningOption())));
            }
            row.addAll(Arrays.asList(
                    date(register.sentOn()),
                    date(register.replyDueOn()),
                    lastReply == null || lastReply.kind() == null
                            ? null
                            : lastReply.kind().name(),
                    lastReply == null ? null : lastReply.receivedOn().toString()));
            rows.accept(row);
        }
    }

    private static @Nullable String date(java.time.@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable String csvCell(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return OpenDataExport.safe(
                    String.join(SEPARATOR, list.stream().map(String::valueOf).toList()));
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value instanceof String text ? OpenDataExport.safe(text) : String.valueOf(value);
    }

    private static void jsonValue(JsonGenerator json, @Nullable Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case BigDecimal number ->
                json.writeNumber(number.stripTrailingZeros().toPlainString());
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case Boolean bool -> json.writeBoolean(bool);
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    jsonValue(json, item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(String.valueOf(value));
        }
    }
}
