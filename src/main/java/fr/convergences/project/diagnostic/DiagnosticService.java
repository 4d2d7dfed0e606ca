package fr.convergences.project.diagnostic;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.PublicContributions;
import fr.convergences.contribution.exchange.ImportSource;
import fr.convergences.contribution.exchange.SourceRow;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.ConvergenceStore;
import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.model.Motion;
import fr.convergences.project.AdoptionPolicy;
import fr.convergences.project.VersionStatus;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The diagnostic territorial's use cases. A council admin opens it on one of the council's consultations, builds its
 * sections from the consultation's latest published synthesis, writes the introduction and each section's text, flags
 * priority communes and imports figures per commune; the draft is adopted by the council's délibération, then published
 * with its number and date; a next version starts as a copy of the published one. The public reads published versions
 * only. Each change is audited.
 */
@Singleton
public class DiagnosticService {

    public static final int SECTION_TEXT_MAX_LENGTH = 10000;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final int SOURCE_MAX_LENGTH = 200;
    private static final int NEED_TITLE_MAX_LENGTH = 300;
    private static final int SECTION_TITLE_MAX_LENGTH = 200;
    private static final int VOICES_MAX_LENGTH = 500;
    private static final int QUOTE_MAX_LENGTH = 2000;
    private static final int QUOTE_SOURCE_MAX_LENGTH = 300;
    /** The diagnostic is a French public document: its sections are built from the French synthesis. */
    private static final Locale DOCUMENT_LOCALE = Locale.FRENCH;

    private final DiagnosticRepository diagnostics;
    private final DiagnosticVersionRepository versions;
    private final DiagnosticStore store;
    private final CouncilDirectory councils;
    private final CouncilZones zones;
    private final ConsultationService consultations;
    private final SynthesisDocumentService syntheses;
    private final ConvergenceService convergences;
    private final PublicContributions publicContributions;
    private final MotionService motions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<DiagnosticPublished> publications;
    private final Clock clock;

    public DiagnosticService(
            DiagnosticRepository diagnostics,
            DiagnosticVersionRepository versions,
            DiagnosticStore store,
            CouncilDirectory councils,
            CouncilZones zones,
            ConsultationService consultations,
            SynthesisDocumentService syntheses,
            ConvergenceService convergences,
            PublicContributions publicContributions,
            MotionService motions,
            Permissions permissions,
            AuditTrail audit,
            ApplicationEventPublisher<DiagnosticPublished> publications,
            Clock clock) {
        this.diagnostics = diagnostics;
        this.versions = versions;
        this.store = store;
        this.councils = councils;
        this.zones = zones;
        this.consultations = consultations;
        this.syntheses = syntheses;
        this.convergences = convergences;
        this.publicContributions = publicContributions;
        this.motions = motions;
        this.permissions = permissions;
        this.audit = audit;
        this.publications = publications;
        this.clock = clock;
    }

    /** Opens the council's diagnostic (one per council) on one of its consultations, with a first draft version. */
    @Transactional
    public Diagnostic open(Actor actor, long councilId, long consultationId, String title, String introduction) {
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        String cleanTitle = TextInput.singleLine(title, Diagnostic.TITLE_MAX_LENGTH, "diagnostic.title");
        String cleanIntroduction = Objects.requireNonNullElse(
                TextInput.optional(introduction, DiagnosticVersion.INTRODUCTION_MAX_LENGTH, "diagnostic.introduction"),
                "");
        if (consultations.all().stream()
                .noneMatch(consultation ->
                        StoredId.of(consultation.id()) == consultationId && consultation.councilId() == councilId)) {
            throw new UserFacingException("diagnostic.consultation.unknown");
        }
        if (diagnostics.findByCouncilId(councilId).isPresent()) {
            throw new UserFacingException("diagnostic.exists");
        }
        Instant now = clock.instant();
        Diagnostic diagnostic =
                diagnostics.save(new Diagnostic(null, councilId, consultationId, cleanTitle, actor.accountId(), now));
        versions.save(DiagnosticVersion.draft(diagnostic.storedId(), 1, cleanIntroduction, null, now));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "diagnostic.open",
                "diagnostic",
                String.valueOf(diagnostic.storedId()),
                Map.of(),
                Map.of("title", cleanTitle, "consultation", consultationId)));
        return diagnostic;
    }

    /**
     * Builds the draft's sections from the consultation's latest published synthesis: a section per theme that holds
     * convergences (its introduction as the section's first text), a need per convergence with its voices and one
     * quote. A need already in the draft keeps its reference (the actions that answer it keep pointing at it), and a
     * section's text the editor already wrote is kept. Returns the number of needs.
     */
    @Transactional
    public int build(Actor actor, long diagnosticId) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion draft = draft(diagnosticId);
        List<SynthesisDocumentService.VersionSummary> published = syntheses.versions(diagnostic.consultationId());
        if (published.isEmpty()) {
            throw new UserFacingException("diagnostic.build.noSynthesis");
        }
        int synthesisNumber = published.stream()
                .mapToInt(SynthesisDocumentService.VersionSummary::number)
                .max()
                .orElseThrow();
        SynthesisDocument synthesis = syntheses.version(diagnostic.consultationId(), synthesisNumber, DOCUMENT_LOCALE);
        Map<Long, Long> referenceByConvergence = new HashMap<>();
        Map<String, Long> referenceByTitle = new HashMap<>();
        for (DiagnosticStore.Need need : store.needs(draft.storedId())) {
            if (need.convergenceId() != null) {
                referenceByConvergence.put(need.convergenceId(), need.reference());
            }
            referenceByTitle.put(need.title(), need.reference());
        }
        Map<String, String> textByTitle = store.sections(draft.storedId()).stream()
                .collect(Collectors.toMap(
                        DiagnosticStore.Section::title, DiagnosticStore.Section::text, (first, second) -> first));
        List<DiagnosticStore.NewSection> sections = new ArrayList<>();
        int needs = 0;
        for (SynthesisDocument.Section theme : synthesis.themes()) {
            if (theme.convergences().isEmpty()) {
                continue;
            }
            List<DiagnosticStore.NewNeed> themeNeeds = new ArrayList<>();
            for (SynthesisDocument.Group group : theme.convergences()) {
                SynthesisDocument.Quote quote =
                        group.quotes().isEmpty() ? null : group.quotes().getFirst();
                Long convergenceId = quote == null
                        ? null
                        : convergences
                                .convergenceOf(Actor.ANONYMOUS, quote.contribution())
                                .map(ConvergenceStore.Belonging::convergenceId)
                                .orElse(null);
                String title = cut(group.label(), NEED_TITLE_MAX_LENGTH);
                Long reference = convergenceId != null && referenceByConvergence.containsKey(convergenceId)
                        ? referenceByConvergence.get(convergenceId)
                        : referenceByTitle.get(title);
                themeNeeds.add(new DiagnosticStore.NewNeed(
                        reference,
                        title,
                        cut(group.voices(), VOICES_MAX_LENGTH),
                        group.contributions(),
                        convergenceId,
                        quote == null ? null : cut(quote.text(), QUOTE_MAX_LENGTH),
                        quote == null ? null : cut(quote.source(), QUOTE_SOURCE_MAX_LENGTH),
                        quote == null ? null : quote.contribution()));
            }
            String title = cut(theme.label(), SECTION_TITLE_MAX_LENGTH);
            sections.add(new DiagnosticStore.NewSection(
                    title,
                    textByTitle.getOrDefault(title, cut(theme.introduction(), SECTION_TEXT_MAX_LENGTH)),
                    themeNeeds));
            needs += themeNeeds.size();
        }
        store.replaceContent(draft.storedId(), sections);
        versions.update(draft.builtFrom(synthesisNumber));
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.build",
                "diagnostic_version",
                String.valueOf(draft.storedId()),
                Map.of(),
                Map.of("synthesis", synthesisNumber, "sections", sections.size(), "needs", needs)));
        return needs;
    }

    /** The editor's introduction to the draft. */
    @Transactional
    public void writeIntroduction(Actor actor, long diagnosticId, String text) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion draft = draft(diagnosticId);
        String clean = Objects.requireNonNullElse(
                TextInput.optional(text, DiagnosticVersion.INTRODUCTION_MAX_LENGTH, "diagnostic.introduction"), "");
        versions.update(draft.withIntroduction(clean));
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.introduction",
                "diagnostic_version",
                String.valueOf(draft.storedId()),
                Map.of("length", draft.introduction().length()),
                Map.of("length", clean.length())));
    }

    /** The editor's text of one section of the draft. */
    @Transactional
    public void writeSection(Actor actor, long sectionId, String text) {
        DiagnosticStore.Section section =
                store.section(sectionId).orElseThrow(() -> new UserFacingException("diagnostic.section.unknown"));
        DiagnosticVersion version = versions.findById(section.versionId()).orElseThrow();
        Diagnostic diagnostic = find(version.diagnosticId());
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        if (version.status() != VersionStatus.DRAFT) {
            throw new UserFacingException("diagnostic.notDraft");
        }
        String clean = Objects.requireNonNullElse(
                TextInput.optional(text, SECTION_TEXT_MAX_LENGTH, "diagnostic.section.text"), "");
        store.updateSectionText(sectionId, clean);
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.section",
                "diagnostic_section",
                String.valueOf(sectionId),
                Map.of("length", section.text().length()),
                Map.of("length", clean.length())));
    }

    /** Flags one of the territory's communes as a priority, with the reason (flagging it again changes the reason). */
    @Transactional
    public void flagCommune(Actor actor, long diagnosticId, String inseeCode, String reason) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion draft = draft(diagnosticId);
        if (inseeCode == null
                || !consultations.territoryCommunes(diagnostic.councilId()).containsKey(inseeCode)) {
            throw new UserFacingException("diagnostic.priority.commune");
        }
        String clean = TextInput.required(reason, REASON_MAX_LENGTH, "diagnostic.priority.reason");
        store.flag(draft.storedId(), inseeCode, clean);
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.priority.flag",
                "diagnostic_version",
                String.valueOf(draft.storedId()),
                Map.of(),
                Map.of("commune", inseeCode, "reason", clean)));
    }

    @Transactional
    public void unflagCommune(Actor actor, long diagnosticId, String inseeCode) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion draft = draft(diagnosticId);
        if (store.unflag(draft.storedId(), inseeCode) == 0) {
            throw new UserFacingException("diagnostic.priority.notFlagged");
        }
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.priority.unflag",
                "diagnostic_version",
                String.valueOf(draft.storedId()),
                Map.of("commune", inseeCode),
                Map.of()));
    }

    /**
     * Imports figures per commune from an open-data CSV file into the draft, with their source. The whole file is read
     * first: a refused line refuses the file (every refused line is returned, nothing is written); otherwise the
     * figures the file holds replace the draft's values of the same figures.
     */
    @Transactional
    public FigureImport importFigures(Actor actor, long diagnosticId, Path file, String fileName, String source) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion draft = draft(diagnosticId);
        String cleanSource = TextInput.singleLine(source, SOURCE_MAX_LENGTH, "diagnostic.figures.source");
        String name = fileName == null
                ? ""
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        String provenance =
                cut(name.isBlank() ? cleanSource : cleanSource + " (" + name + ")", QUOTE_SOURCE_MAX_LENGTH);
        List<DiagnosticStore.Figure> values = new ArrayList<>();
        List<FigureRowPolicy.Outcome.Rejected> rejected = new ArrayList<>();
        FigureRowPolicy policy;
        int communes = 0;
        try (ImportSource rows = ImportSource.open(file)) {
            policy = FigureRowPolicy.forColumns(
                    rows.columns(),
                    consultations.territoryCommunes(diagnostic.councilId()).keySet());
            for (SourceRow row : rows) {
                switch (policy.check(row)) {
                    case FigureRowPolicy.Outcome.Accepted(String insee, Map<String, BigDecimal> figures) -> {
                        communes++;
                        figures.forEach((figure, value) ->
                                values.add(new DiagnosticStore.Figure(figure, insee, value, provenance)));
                    }
                    case FigureRowPolicy.Outcome.Rejected refused -> rejected.add(refused);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rejected.isEmpty()) {
            return new FigureImport.Rejected(List.copyOf(rejected));
        }
        if (values.isEmpty()) {
            throw new UserFacingException("diagnostic.figures.empty");
        }
        store.replaceFigures(draft.storedId(), policy.figures(), values);
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.figures.import",
                "diagnostic_version",
                String.valueOf(draft.storedId()),
                Map.of(),
                Map.of(
                        "figures",
                        String.join(", ", policy.figures()),
                        "communes",
                        communes,
                        "values",
                        values.size(),
                        "source",
                        provenance)));
        return new FigureImport.Imported(policy.figures(), communes, values.size());
    }

    /** The draft is adopted by the council's délibération that voted it (the projet's rule, {@link AdoptionPolicy}). */
    @Transactional
    public DiagnosticVersion adopt(Actor actor, long diagnosticId, long motionId) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion latest = latest(diagnosticId);
        AdoptionPolicy.problem("diagnostic.adopt", diagnostic.councilId(), latest.status(), decidedMotion(motionId))
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        if (store.sections(latest.storedId()).isEmpty()) {
            throw new UserFacingException("diagnostic.adopt.empty");
        }
        DiagnosticVersion adopted = versions.update(latest.adopted(motionId, clock.instant()));
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.version.adopt",
                "diagnostic_version",
                String.valueOf(adopted.storedId()),
                Map.of("status", latest.status().name()),
                Map.of("status", adopted.status().name(), "motion", motionId)));
        return adopted;
    }

    /** Publishes the adopted version: from then on the public reads it, with its number and date. */
    @Transactional
    public DiagnosticVersion publish(Actor actor, long diagnosticId) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion latest = latest(diagnosticId);
        if (latest.status() != VersionStatus.ADOPTED) {
            throw new UserFacingException("diagnostic.publish.notAdopted");
        }
        DiagnosticVersion published = versions.update(latest.published(clock.instant()));
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.version.publish",
                "diagnostic_version",
                String.valueOf(published.storedId()),
                Map.of("status", latest.status().name()),
                Map.of("status", published.status().name())));
        publications.publishEvent(new DiagnosticPublished(
                diagnosticId,
                published.storedId(),
                diagnostic.councilId(),
                councils.slugOf(diagnostic.councilId()),
                diagnostic.title(),
                published.number()));
        return published;
    }

    /** Starts the next version as a copy of the published one (its needs keep their references). */
    @Transactional
    public DiagnosticVersion newVersion(Actor actor, long diagnosticId) {
        Diagnostic diagnostic = find(diagnosticId);
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, diagnostic.councilId());
        DiagnosticVersion latest = latest(diagnosticId);
        if (latest.status() != VersionStatus.PUBLISHED) {
            throw new UserFacingException("diagnostic.version.open");
        }
        DiagnosticVersion next = versions.save(DiagnosticVersion.draft(
                diagnosticId, latest.number() + 1, latest.introduction(), latest.synthesisNumber(), clock.instant()));
        store.copy(latest.storedId(), next.storedId());
        audit.record(new AuditEvent(
                actor,
                diagnostic.councilId(),
                "diagnostic.version.new",
                "diagnostic_version",
                String.valueOf(next.storedId()),
                Map.of("number", latest.number()),
                Map.of("number", next.number())));
        return next;
    }

    /** Links a projet action of the council to a need of the diagnostic's published version. */
    @Transactional
    public void answerNeed(Actor actor, long actionId, long needReference) {
        long councilId =
                store.councilOfAction(actionId).orElseThrow(() -> new UserFacingException("project.action.unknown"));
        permissions.require(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        DiagnosticStore.Need need = publishedNeeds(councilId).stream()
                .filter(candidate -> candidate.reference() == needReference)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("diagnostic.need.unknown"));
        if (!store.addActionNeed(actionId, needReference, need.title())) {
            throw new UserFacingException("diagnostic.need.duplicate");
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "project.action.need",
                "project_action",
                String.valueOf(actionId),
                Map.of(),
                Map.of("need", needReference, "title", need.title())));
    }

    /** The needs of the council's published diagnostic, that a projet action may answer. */
    @Transactional(readOnly = true)
    public List<DiagnosticStore.Need> publishedNeeds(long councilId) {
        return diagnostics
                .findByCouncilId(councilId)
                .flatMap(diagnostic -> lastPublished(diagnostic.storedId()))
                .map(version -> store.needs(version.storedId()))
                .orElse(List.of());
    }

    /** The needs of the diagnostic an action answers (public wherever the action is). */
    @Transactional(readOnly = true)
    public List<DiagnosticStore.AnsweredNeed> needsAnsweredBy(long actionId) {
        return store.needsOfAction(actionId);
    }

    /**
     * The diagnostic's page: the given published version (or the latest one) for all; council admins read the version
     * in the making too, and any version by its number.
     */
    @Transactional(readOnly = true)
    public DiagnosticDetails page(Actor actor, String councilSlug, @Nullable Integer number) {
        Council council = councils.bySlug(councilSlug);
        long councilId = StoredId.of(council.id());
        boolean canManage = permissions.allows(actor, Action.MANAGE_HEALTH_PROJECT, councilId);
        ZoneId zone = zones.zone(councilId);
        Optional<Diagnostic> diagnostic = diagnostics.findByCouncilId(councilId);
        List<DiagnosticVersion> all = diagnostic
                .map(found -> versions.findByDiagnosticIdOrderByNumberDesc(found.storedId()))
                .orElse(List.of());
        List<DiagnosticDetails.Published> published = all.stream()
                .filter(version -> version.status() == VersionStatus.PUBLISHED)
                .map(version -> new DiagnosticDetails.Published(
                        version.number(), LocalDate.ofInstant(Objects.requireNonNull(version.publishedAt()), zone)))
                .toList();
        Optional<DiagnosticVersion> shown = all.stream()
                .filter(version -> canManage || version.status() == VersionStatus.PUBLISHED)
                .filter(version -> number == null || version.number() == number)
                .findFirst();
        if (diagnostic.isEmpty() || shown.isEmpty()) {
            // A diagnostic is opened with its first version, so a council admin always has one to see: the page is
            // empty when there is no diagnostic yet, or nothing published for the public.
            if (number != null) {
                throw new UserFacingException("diagnostic.version.unknown");
            }
            return new DiagnosticDetails(councilId, council.name(), council.slug(), null, published, zone, canManage);
        }
        DiagnosticVersion version = shown.get();
        Instant adoptedAt = version.adoptedAt();
        Instant publishedAt = version.publishedAt();
        return new DiagnosticDetails(
                councilId,
                council.name(),
                council.slug(),
                new DiagnosticDetails.Shown(
                        diagnostic.get(),
                        version,
                        adoptedAt == null ? null : LocalDate.ofInstant(adoptedAt, zone),
                        publishedAt == null ? null : LocalDate.ofInstant(publishedAt, zone),
                        consultations
                                .details(diagnostic.get().consultationId())
                                .consultation()
                                .title(),
                        sections(diagnostic.get(), version),
                        figures(councilId, version),
                        priorities(councilId, version)),
                published,
                zone,
                canManage);
    }

    /** A published version by its number, as the PDF prints it: public, whoever asks. */
    @Transactional(readOnly = true)
    public DiagnosticDetails published(String councilSlug, int number) {
        DiagnosticDetails page = page(Actor.ANONYMOUS, councilSlug, number);
        if (page.isEmpty()) {
            throw new UserFacingException("diagnostic.version.unknown");
        }
        return page;
    }

    private List<DiagnosticDetails.SectionView> sections(Diagnostic diagnostic, DiagnosticVersion version) {
        List<DiagnosticStore.Need> needs = store.needs(version.storedId());
        Set<Long> readable = publicContributions.visibleAmong(needs.stream()
                .map(DiagnosticStore.Need::quoteContributionId)
                .filter(Objects::nonNull)
                .toList());
        Set<Long> publicConvergences = convergences.list(Actor.ANONYMOUS, diagnostic.consultationId(), 0).stream()
                .map(view -> view.convergence().id())
                .collect(Collectors.toSet());
        Map<Long, List<DiagnosticDetails.ActionLink>> actions = new HashMap<>();
        store.actionsAnswering(needs.stream()
                        .map(DiagnosticStore.Need::reference)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .forEach(row -> actions.computeIfAbsent(row.needReference(), key -> new ArrayList<>())
                        .add(new DiagnosticDetails.ActionLink(row.actionId(), row.actionTitle())));
        Map<Long, List<DiagnosticDetails.NeedView>> bySection = new LinkedHashMap<>();
        for (DiagnosticStore.Need need : needs) {
            bySection
                    .computeIfAbsent(need.sectionId(), key -> new ArrayList<>())
                    .add(new DiagnosticDetails.NeedView(
                            need,
                            need.quoteContributionId() != null && readable.contains(need.quoteContributionId()),
                            need.convergenceId() != null && publicConvergences.contains(need.convergenceId())
                                    ? "convergences/" + need.convergenceId()
                                    : null,
                            actions.getOrDefault(need.reference(), List.of())));
        }
        return store.sections(version.storedId()).stream()
                .map(section ->
                        new DiagnosticDetails.SectionView(section, bySection.getOrDefault(section.id(), List.of())))
                .toList();
    }

    private DiagnosticDetails.FigureTable figures(long councilId, DiagnosticVersion version) {
        Map<String, String> names = consultations.territoryCommunes(councilId);
        Set<String> priority = store.priorities(version.storedId()).stream()
                .map(DiagnosticStore.Priority::inseeCode)
                .collect(Collectors.toSet());
        List<DiagnosticStore.Figure> figures = store.figures(version.storedId());
        List<String> columns =
                figures.stream().map(DiagnosticStore.Figure::figure).distinct().toList();
        Map<String, Map<String, BigDecimal>> byCommune = new TreeMap<>();
        figures.forEach(figure -> byCommune
                .computeIfAbsent(figure.inseeCode(), key -> new HashMap<>())
                .put(figure.figure(), figure.value()));
        priority.forEach(code -> byCommune.computeIfAbsent(code, key -> new HashMap<>()));
        List<DiagnosticDetails.FigureRow> rows = byCommune.entrySet().stream()
                .map(entry -> new DiagnosticDetails.FigureRow(
                        entry.getKey(),
                        names.getOrDefault(entry.getKey(), entry.getKey()),
                        priority.contains(entry.getKey()),
                        columns.stream()
                                .<@Nullable BigDecimal>map(
                                        column -> entry.getValue().get(column))
                                .toList()))
                .sorted(java.util.Comparator.comparing(DiagnosticDetails.FigureRow::commune))
                .toList();
        return new DiagnosticDetails.FigureTable(
                columns,
                rows,
                figures.stream()
                        .map(DiagnosticStore.Figure::source)
                        .distinct()
                        .sorted()
                        .toList());
    }

    private List<DiagnosticDetails.PriorityView> priorities(long councilId, DiagnosticVersion version) {
        Map<String, String> names = consultations.territoryCommunes(councilId);
        return store.priorities(version.storedId()).stream()
                .map(priority -> new DiagnosticDetails.PriorityView(
                        priority.inseeCode(),
                        names.getOrDefault(priority.inseeCode(), priority.inseeCode()),
                        priority.reason()))
                .sorted(java.util.Comparator.comparing(DiagnosticDetails.PriorityView::commune))
                .toList();
    }

    private Diagnostic find(long diagnosticId) {
        return diagnostics.findById(diagnosticId).orElseThrow(() -> new UserFacingException("diagnostic.unknown"));
    }

    private DiagnosticVersion latest(long diagnosticId) {
        return versions.findByDiagnosticIdOrderByNumberDesc(diagnosticId).getFirst();
    }

    private Optional<DiagnosticVersion> lastPublished(long diagnosticId) {
        return versions.findByDiagnosticIdOrderByNumberDesc(diagnosticId).stream()
                .filter(version -> version.status() == VersionStatus.PUBLISHED)
                .findFirst();
    }

    /** The version being written: only a draft changes (an adopted text is the one the council voted). */
    private DiagnosticVersion draft(long diagnosticId) {
        DiagnosticVersion latest = latest(diagnosticId);
        if (latest.status() != VersionStatus.DRAFT) {
            throw new UserFacingException("diagnostic.notDraft");
        }
        return latest;
    }

    /** A motion as the public sees it (drafts adopt nothing), or null. */
    private @Nullable Motion decidedMotion(long motionId) {
        try {
            return motions.page(Actor.ANONYMOUS, motionId).motion();
        } catch (UserFacingException unknown) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
