package fr.convergences.contribution.exchange;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionWindow;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A council admin imports contributions from a file: receive it (size checked before reading), preview
 * what would be imported (with the mapping of its columns, proposed automatically), then commit all
 * the valid rows in one transaction and get the report of the rejected ones. Imported contributions
 * have no author account: they carry the voice of people who were not on the platform.
 */
@Singleton
public class ContributionImportService {

    private static final int FILE_NAME_MAX_LENGTH = 255;

    private final ConsultationService consultations;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final ImportStore store;
    private final Clock clock;
    private final long maxFileSize;

    public ContributionImportService(
            ConsultationService consultations,
            Permissions permissions,
            AuditTrail audit,
            ImportStore store,
            Clock clock,
            @Value("${convergences.exchange.import-max-size:20MB}") @ReadableBytes long maxFileSize) {
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    /** The largest file accepted, in bytes (the page tells the browser, which refuses larger ones before sending). */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** Whether the actor may import into this consultation today (the consultation page shows its link then). */
    public boolean canImport(Actor actor, long consultationId) {
        ConsultationDetails details = consultations.details(consultationId);
        return permissions.allows(
                        actor,
                        Action.IMPORT_CONTRIBUTIONS,
                        details.consultation().councilId())
                && windowOpen(details);
    }

    /** The consultation to import into, once the actor's permission and the acceptance window are checked (the page opens with it). */
    public ConsultationDetails target(Actor actor, long consultationId) {
        return allowed(actor, consultationId);
    }

    /**
     * Keeps the uploaded file for the preview and the commit. A file announced as too large is refused
     * before a byte is read; one that turns out larger than announced, as soon as it passes the limit.
     */
    public ImportFile receive(
            Actor actor, long consultationId, String fileName, long declaredSize, InputStream content) {
        allowed(actor, consultationId);
        if (declaredSize > maxFileSize) {
            throw tooLarge();
        }
        Path file = null;
        try (InputStream in = content) {
            file = Files.createTempFile("convergences-import-", ".upload");
            long copied = copy(in, file);
            if (copied > maxFileSize) {
                throw tooLarge();
            }
            if (copied == 0) {
                throw new UserFacingException("exchange.file.empty");
            }
            return new ImportFile(cleanName(fileName), file, copied);
        } catch (IOException e) {
            delete(file);
            throw new UserFacingException("exchange.file.unreadable");
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Where an imported contribution came from (public: no personal data is kept); empty for any other contribution. */
    public Optional<Provenance> provenance(long contributionId) {
        return store.provenance(contributionId);
    }

    /** What the import would do with this mapping (null: the automatic one), its first page of rows; nothing is saved. */
    public ImportPreview preview(Actor actor, long consultationId, ImportFile file, @Nullable ColumnMapping mapping) {
        return preview(actor, consultationId, file, mapping, 0);
    }

    /**
     * What the import would do with this mapping (null: the automatic one), with the rows of one page (from 0; past
     * the last, the last). The file is read again for each page rather than held parsed: the preview keeps only
     * counts and bounded lists. Nothing is saved.
     */
    public ImportPreview preview(
            Actor actor, long consultationId, ImportFile file, @Nullable ColumnMapping mapping, int page) {
        ConsultationDetails details = allowed(actor, consultationId);
        ImportRowPolicy policy = policy(details);
        KnownRows known = new KnownRows(store.importedKeys(consultationId));
        try (ImportSource source = ImportSource.open(file.path())) {
            ColumnMapping chosen = mapping == null ? ColumnMapping.automatic(source.columns()) : mapping;
            UserFacingException problem = mappingProblem(source, chosen);
            long firstShown = (long) Math.max(0, page) * ImportPreview.PAGE_ROWS;
            List<ImportPreview.Row> shown = new ArrayList<>();
            List<ImportPreview.Row> lastPage = new ArrayList<>();
            List<ImportPreview.Row> alreadyImported = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            Map<String, Long> categories = new LinkedHashMap<>();
            Map<String, String> spellings = new HashMap<>();
            long rows = 0;
            long accepted = 0;
            long already = 0;
            long refused = 0;
            for (SourceRow row : source) {
                long index = rows++;
                if (problem != null) {
                    continue;
                }
                ImportPreview.Row shownRow = switch (classify(row, chosen, policy, known)) {
                    case Verdict.New(ImportedContribution contribution) -> {
                        accepted++;
                        countCategories(contribution, categories, spellings);
                        yield previewRow(contribution, ImportPreview.Status.NEW, null);
                    }
                    case Verdict.Known(ImportedContribution contribution, long contributionId) -> {
                        already++;
                        ImportPreview.Row knownRow =
                                previewRow(contribution, ImportPreview.Status.ALREADY_IMPORTED, contributionId);
                        if (alreadyImported.size() < ImportPreview.LISTED) {
                            alreadyImported.add(knownRow);
                        }
                        yield knownRow;
                    }
                    case Verdict.Refused(RejectedRow reason) -> {
                        refused++;
                        if (rejected.size() < ImportPreview.LISTED) {
                            rejected.add(reason);
                        }
                        yield new ImportPreview.Row(
                                row.line(),
                                ImportPreview.Status.REJECTED,
                                reason.excerpt(),
                                null,
                                null,
                                null,
                                Set.of(),
                                reason.reasonKey(),
                                reason.arguments(),
                                null);
                    }
                };
                if (index >= firstShown && shown.size() < ImportPreview.PAGE_ROWS) {
                    shown.add(shownRow);
                }
                // The last page is kept as the file goes, for a page asked past the end.
                if (index % ImportPreview.PAGE_ROWS == 0) {
                    lastPage.clear();
                }
                lastPage.add(shownRow);
            }
            int shownPage = Math.max(0, page);
            if (shown.isEmpty() && !lastPage.isEmpty()) {
                shown = lastPage;
                shownPage = (int) ((rows - 1) / ImportPreview.PAGE_ROWS);
            }
            return new ImportPreview(
                    source.format(),
                    source.columns(),
                    chosen,
                    details.themes(),
                    shownPage,
                    shown,
                    rows,
                    accepted,
                    already,
                    alreadyImported,
                    refused,
                    rejected,
                    categories,
                    problem == null ? null : problem.messageKey(),
                    problem == null ? List.of() : List.of(problem.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves every new valid row in one transaction, with one audit entry; a failure at any row (or a crash) saves
     * nothing. A row already imported into the consultation (same origin, same id) is skipped: the contribution it
     * became may since have been supported, answered or moderated here. Refused as a whole when the mapping gives no
     * text or when no row is new and valid.
     */
    @Transactional
    public ImportReport commit(
            Actor actor, long consultationId, ImportFile file, ColumnMapping mapping, ImportProgress progress) {
        ConsultationDetails details = allowed(actor, consultationId);
        long councilId = details.consultation().councilId();
        ImportRowPolicy policy = policy(details);
        KnownRows known = new KnownRows(store.importedKeys(consultationId));
        Instant now = clock.instant();
        try (ImportSource source = ImportSource.open(file.path())) {
            UserFacingException problem = mappingProblem(source, mapping);
            if (problem != null) {
                throw problem;
            }
            long importId = store.insertImport(actor, councilId, consultationId, file.name(), source.format(), now);
            // Only the first rejected rows stay in memory, for the page; every one is written to the import's report.
            List<RejectedRow> rejected = new ArrayList<>();
            long[] refused = new long[1];
            Map<String, Long> notes = new TreeMap<>();
            long[] already = new long[1];
            long accepted = store.write(consultationId, importId, now, (writer, rejections) -> {
                for (SourceRow row : source) {
                    switch (classify(row, mapping, policy, known)) {
                        case Verdict.New(ImportedContribution contribution) -> {
                            contribution.notes().forEach(note -> notes.merge(note, 1L, Long::sum));
                            if (writer.add(contribution)) {
                                progress.committed(writer.written(), source.fractionRead());
                            }
                        }
                        case Verdict.Known ignored -> already[0]++;
                        case Verdict.Refused(RejectedRow reason) -> {
                            rejections.add(reason);
                            if (rejected.size() < ImportReport.KEPT) {
                                rejected.add(reason);
                            }
                        }
                    }
                }
                writer.flush();
                rejections.flush();
                refused[0] = rejections.written();
                return writer.written();
            });
            if (accepted == 0) {
                throw already[0] > 0
                        ? new UserFacingException("exchange.nothing.alreadyImported", already[0])
                        : new UserFacingException("exchange.nothing");
            }
            store.recordCounts(importId, accepted, refused[0]);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", file.name());
            after.put("format", source.format().name());
            after.put("accepted", accepted);
            after.put("alreadyImported", already[0]);
            after.put("rejected", refused[0]);
            after.put("consultation", consultationId);
            audit.record(new AuditEvent(
                    actor,
                    councilId,
                    "contribution.import",
                    "contribution_import",
                    String.valueOf(importId),
                    Map.of(),
                    after));
            progress.committed(accepted, 1);
            return new ImportReport(importId, file.name(), accepted, already[0], refused[0], rejected, notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every rejected row of an import, in line order, as the import's admins may read it: streamed from the
     * database, so that the full report of a hundred thousand rows is never held in memory. Returns how many.
     */
    @Transactional(readOnly = true)
    public long eachRejectedRow(Actor actor, long importId, RejectedRowSink each) {
        long councilId =
                store.councilOfImport(importId).orElseThrow(() -> new UserFacingException("exchange.import.unknown"));
        permissions.require(actor, Action.IMPORT_CONTRIBUTIONS, councilId);
        return store.eachRejection(importId, each::accept);
    }

    /** Receives the rows of an import's report one at a time (a CSV writer, a test's counter). */
    @FunctionalInterface
    public interface RejectedRowSink {
        void accept(RejectedRow row) throws IOException;
    }

    /** What becomes of a row: new, already imported (by an earlier import), or refused (by the rules, or met earlier in the file). */
    private sealed interface Verdict {
        record New(ImportedContribution contribution) implements Verdict {}

        record Known(ImportedContribution contribution, long contributionId) implements Verdict {}

        record Refused(RejectedRow reason) implements Verdict {}
    }

    private static Verdict classify(SourceRow row, ColumnMapping mapping, ImportRowPolicy policy, KnownRows known) {
        return switch (policy.check(row, mapping)) {
            case ImportRowPolicy.Outcome.Rejected(RejectedRow reason) -> new Verdict.Refused(reason);
            case ImportRowPolicy.Outcome.Accepted(ImportedContribution contribution) -> {
                SourceKey key = contribution.key();
                if (key == null) {
                    // A row without an id cannot be recognised: it is imported each time.
                    yield new Verdict.New(contribution);
                }
                Long existing = known.contributionOf(key);
                if (existing != null) {
                    yield new Verdict.Known(contribution, existing);
                }
                Long earlier = known.earlierLine(key, row.line());
                yield earlier == null
                        ? new Verdict.New(contribution)
                        : new Verdict.Refused(new RejectedRow(
                                row.line(),
                                "exchange.row.duplicate",
                                List.of(key.externalId(), earlier),
                                RejectedRow.excerpt(contribution.title())));
            }
        };
    }

    private static ImportPreview.Row previewRow(
            ImportedContribution contribution, ImportPreview.Status status, @Nullable Long contributionId) {
        return new ImportPreview.Row(
                contribution.line(),
                status,
                contribution.title(),
                "contribution.kind." + contribution.kind().name(),
                contribution.category(),
                contribution.communeInsee() != null ? contribution.communeInsee() : contribution.scope(),
                contribution.notes(),
                null,
                List.of(),
                contributionId);
    }

    /**
     * Counts the rows of each unknown category under its first spelling (categories are matched whatever their case
     * and accents), the first {@link ImportPreview#CATEGORIES_LISTED} distinct ones only.
     */
    private static void countCategories(
            ImportedContribution contribution, Map<String, Long> categories, Map<String, String> spellings) {
        for (String category : contribution.unknownCategories()) {
            String comparable = ImportRowPolicy.comparable(category);
            String spelling = spellings.get(comparable);
            if (spelling == null && spellings.size() < ImportPreview.CATEGORIES_LISTED) {
                spelling = category;
                spellings.put(comparable, category);
            }
            if (spelling != null) {
                categories.merge(spelling, 1L, Long::sum);
            }
        }
    }

    private ConsultationDetails allowed(Actor actor, long consultationId) {
        ConsultationDetails details = consultations.details(consultationId);
        permissions.require(
                actor, Action.IMPORT_CONTRIBUTIONS, details.consultation().councilId());
        if (!windowOpen(details)) {
            throw new UserFacingException("exchange.window.closed");
        }
        return details;
    }

    /** Imported contributions arrive late by nature: accepted until the synthesis ends, days being the territory's. */
    private boolean windowOpen(ConsultationDetails details) {
        return ContributionWindow.accepts(
                details, ContributionOrigin.IMPORTED, LocalDate.now(clock.withZone(details.zone())));
    }

    private ImportRowPolicy policy(ConsultationDetails details) {
        // An imported row may name a commune of the council's territory instead of giving its INSEE code.
        return new ImportRowPolicy(
                details.themes(),
                consultations.territoryCommunes(details.consultation().councilId()),
                details.zone(),
                clock.instant());
    }

    /** Why the mapping cannot be imported (no text; a column the file lacks), or null. */
    private static @Nullable UserFacingException mappingProblem(ImportSource source, @Nullable ColumnMapping mapping) {
        if (mapping == null || !mapping.hasText()) {
            // One column only: most likely a delimiter other than comma, semicolon or tab.
            return source.columns().size() <= 1
                    ? new UserFacingException("exchange.columns.single", String.join("", source.columns()))
                    : new UserFacingException("exchange.columns.missing", String.join(", ", source.columns()));
        }
        for (String column : mapping.columns().values()) {
            if (!source.columns().contains(column)) {
                return new UserFacingException("exchange.columns.unknown", column);
            }
        }
        return null;
    }

    /** Copies at most one byte more than the limit: enough to know that the file is too large. */
    private long copy(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            int read;
            while (copied <= maxFileSize
                    && (read = in.read(buffer, 0, (int) Math.min(buffer.length, maxFileSize + 1 - copied))) != -1) {
                out.write(buffer, 0, read);
                copied += read;
            }
            return copied;
        }
    }

    private UserFacingException tooLarge() {
        return new UserFacingException("exchange.file.tooLarge", maxFileSize / (1024 * 1024));
    }

    /** The name without any folder a browser may send, within the column's length. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "import";
        }
        return name.length() <= FILE_NAME_MAX_LENGTH ? name : name.substring(0, FILE_NAME_MAX_LENGTH);
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the others by the system
            }
        }
    }
}
