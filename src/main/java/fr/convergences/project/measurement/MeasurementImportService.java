package fr.convergences.project.measurement;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.exchange.ImportSource;
import fr.convergences.contribution.exchange.SourceRow;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.project.HealthProject;
import fr.convergences.project.IndicatorRepository;
import fr.convergences.project.ProjectService;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Imports a council's indicator measurements from a CSV file: {@link #preview} reads the whole file and says what it
 * would do (every row in error, with its line); {@link #commit} reads it again, refuses the whole file if any row is in
 * error (nothing is changed), and otherwise writes every row in one transaction, creating or updating by indicator, place
 * and day, under one import record that keeps the provenance (file, source, importer, date) and one audit entry.
 */
@Singleton
public class MeasurementImportService {

    public static final int PREVIEW_ROWS = 20;
    public static final int SOURCE_MAX_LENGTH = 200;
    static final int FILE_NAME_MAX_LENGTH = 255;

    /** What the file would give: the columns found, the rows read, the first valid ones, and every rejected row. */
    public record Preview(
            List<String> columns,
            boolean columnsComplete,
            long rows,
            long accepted,
            List<MeasurementRow> first,
            List<MeasurementRowPolicy.Outcome.Rejected> rejected) {

        public boolean importable() {
            return columnsComplete && accepted > 0 && rejected.isEmpty();
        }
    }

    /** What an import did. */
    public record Report(long importId, MeasurementImportStore.Counts counts) {}

    /** A past import as the page lists it: with the importer's name (council admins only see this page). */
    public record PastImport(
            MeasurementImportStore.Past past, String importerName, java.time.ZonedDateTime importedAt) {}

    private final CouncilDirectory councils;
    private final ProjectService projects;
    private final IndicatorRepository indicators;
    private final ConsultationService consultations;
    private final CouncilZones zones;
    private final MeasurementImportStore imports;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxFileSize;

    public MeasurementImportService(
            CouncilDirectory councils,
            ProjectService projects,
            IndicatorRepository indicators,
            ConsultationService consultations,
            CouncilZones zones,
            MeasurementImportStore imports,
            AccountRepository accounts,
            Permissions permissions,
            AuditTrail audit,
            Clock clock,
            @Value("${convergences.measurement-import.max-file-size:5242880}") long maxFileSize) {
        this.councils = councils;
        this.projects = projects;
        this.indicators = indicators;
        this.consultations = consultations;
        this.zones = zones;
        this.imports = imports;
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    /** Whether the actor may import the council's measurements (the page shows its form only then). */
    @Transactional(readOnly = true)
    public boolean canImport(Actor actor, String councilSlug) {
        return permissions.allows(
                actor, Action.RECORD_MEASUREMENT, councils.bySlug(councilSlug).id());
    }

    /** Copies an upload to a temporary file the caller deletes; refused when larger than the limit. */
    public Path receive(Actor actor, String councilSlug, InputStream content) {
        permissions.require(
                actor, Action.RECORD_MEASUREMENT, councils.bySlug(councilSlug).id());
        Path file = null;
        try (InputStream in = content) {
            file = Files.createTempFile("convergences-measurements-", ".csv");
            long copied = Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (copied > maxFileSize) {
                throw new UserFacingException("exchange.file.tooLarge", maxFileSize / (1024 * 1024));
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UserFacingException("exchange.file.unreadable");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor, String councilSlug, Path file) {
        Target target = target(actor, councilSlug);
        return read(target, file);
    }

    @Transactional
    public Report commit(Actor actor, String councilSlug, Path file, String fileName, String source) {
        Target target = target(actor, councilSlug);
        String cleanSource = TextInput.required(source, SOURCE_MAX_LENGTH, "project.import.source");
        String cleanName = TextInput.required(
                fileName == null
                        ? null
                        : Path.of(fileName.replace('\\', '/')).getFileName().toString(),
                FILE_NAME_MAX_LENGTH,
                "project.import.fileName");
        List<MeasurementRow> rows = new ArrayList<>();
        Preview preview = read(target, file, rows::add);
        if (!preview.columnsComplete()) {
            throw new UserFacingException("project.import.columns");
        }
        if (!preview.rejected().isEmpty()) {
            throw new UserFacingException(
                    "project.import.rejected",
                    preview.rejected().size(),
                    preview.rejected().getFirst().line());
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("project.import.empty");
        }
        Instant now = clock.instant();
        long importId = imports.start(target.projectId(), cleanName, cleanSource, actor.accountId(), now);
        String provenance = provenance(cleanSource, cleanName);
        MeasurementImportStore.Counts counts = imports.upsert(importId, rows, provenance, actor.accountId(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", cleanName);
        after.put("source", cleanSource);
        after.put("created", counts.created());
        after.put("updated", counts.updated());
        after.put("unchanged", counts.unchanged());
        audit.record(new AuditEvent(
                actor,
                target.councilId(),
                "project.measurement.import",
                "project_measurement_import",
                String.valueOf(importId),
                Map.of(),
                after));
        return new Report(importId, counts);
    }

    @Transactional(readOnly = true)
    public List<PastImport> history(Actor actor, String councilSlug) {
        Target target = target(actor, councilSlug);
        List<MeasurementImportStore.Past> past = imports.history(target.projectId());
        Map<Long, String> names = past.isEmpty()
                ? Map.of()
                : accounts
                        .findByIdIn(past.stream()
                                .map(MeasurementImportStore.Past::importedBy)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(
                                Account::id, account -> account.displayName() == null ? "" : account.displayName()));
        java.time.ZoneId zone = zones.zone(target.councilId());
        return past.stream()
                .map(p -> new PastImport(
                        p,
                        names.getOrDefault(p.importedBy(), ""),
                        p.importedAt().atZone(zone)))
                .toList();
    }

    /** What every measurement of the file records as its provenance: the source, and the file it came in. */
    static String provenance(String source, String fileName) {
        String text = source + " (" + fileName + ")";
        return text.length() <= fr.convergences.project.Measurement.PROVENANCE_MAX_LENGTH
                ? text
                : text.substring(0, fr.convergences.project.Measurement.PROVENANCE_MAX_LENGTH);
    }

    private record Target(Council council, HealthProject project) {

        long councilId() {
            return StoredId.of(council.id());
        }

        long projectId() {
            return StoredId.of(project.id());
        }
    }

    private Target target(Actor actor, String councilSlug) {
        Council council = councils.bySlug(councilSlug);
        long councilId = StoredId.of(council.id());
        permissions.require(actor, Action.RECORD_MEASUREMENT, councilId);
        HealthProject project =
                projects.visibleProject(actor, councilId).orElseThrow(() -> new UserFacingException("project.unknown"));
        return new Target(council, project);
    }

    private Preview read(Target target, Path file) {
        return read(target, file, row -> {});
    }

    private Preview read(Target target, Path file, java.util.function.Consumer<MeasurementRow> accepted) {
        long councilId = target.councilId();
        try (ImportSource source = ImportSource.open(file)) {
            MeasurementRowPolicy.Columns columns = MeasurementRowPolicy.Columns.of(source.columns());
            MeasurementRowPolicy policy = new MeasurementRowPolicy(
                    columns,
                    indicators.findByProjectIdOrderById(target.projectId()),
                    consultations.territoryCommunes(councilId).keySet(),
                    zones.today(councilId),
                    zones.zone(councilId));
            List<MeasurementRow> first = new ArrayList<>();
            List<MeasurementRowPolicy.Outcome.Rejected> rejected = new ArrayList<>();
            long rows = 0;
            long valid = 0;
            for (SourceRow row : source) {
                rows++;
                if (!columns.complete()) {
                    continue;
                }
                switch (policy.check(row)) {
                    case MeasurementRowPolicy.Outcome.Accepted(MeasurementRow measurement) -> {
                        valid++;
                        accepted.accept(measurement);
                        if (first.size() < PREVIEW_ROWS) {
                            first.add(measurement);
                        }
                    }
                    case MeasurementRowPolicy.Outcome.Rejected refused -> rejected.add(refused);
                }
            }
            return new Preview(source.columns(), columns.complete(), rows, valid, first, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the system's cleaning will take it
            }
        }
    }
}
