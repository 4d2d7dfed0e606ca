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
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A council admin imports contributions from a file: receive it (size checked before reading), preview
 * what would be imported (with the mapping of its columns, proposed automatically), then commit all
 * the valid rows in one transaction and get the report of the rejected ones. Imported contributions
 * have no author account: they carry the voice of people who were not on the platform.
 */
@Singleton
public class ContributionImportService {

    static final int PREVIEW_ROWS = 20;
    private static final int FILE_NAME_MAX_LENGTH = 255;

    private final ConsultationService consultations;
    private final ImportTargets targets;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final long maxFileSize;

    public ContributionImportService(ConsultationService consultations, ImportTargets targets, Permissions permissions, AuditTrail audit,
                                     JdbcOperations jdbc, Clock clock,
                                     @Value("${convergences.exchange.import-max-size:20MB}") @ReadableBytes long maxFileSize) {
        this.consultations = consultations;
        this.targets = targets;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = jdbc;
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
        return permissions.allows(actor, Action.IMPORT_CONTRIBUTIONS, details.consultation().councilId()) && windowOpen(details);
    }

    /** The consultation to import into, once the actor's permission and the acceptance window are checked (the page opens with it). */
    public ConsultationDetails target(Actor actor, long consultationId) {
        return allowed(actor, consultationId);
    }

    /**
     * Keeps the uploaded file for the preview and the commit. A file announced as too large is refused
     * before a byte is read; one that turns out larger than announced, as soon as it passes the limit.
     */
    public ImportFile receive(Actor actor, long consultationId, String fileName, long declaredSize, InputStream content) {
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

    /** What the import would do with this mapping (null: the automatic one); nothing is saved. */
    public ImportPreview preview(Actor actor, long consultationId, ImportFile file, ColumnMapping mapping) {
        ConsultationDetails details = allowed(actor, consultationId);
        ImportRowPolicy policy = policy(details);
        try (ImportSource source = ImportSource.open(file.path())) {
            ColumnMapping chosen = mapping == null ? ColumnMapping.automatic(source.columns()) : mapping;
            UserFacingException problem = mappingProblem(source, chosen);
            List<ImportPreview.Row> first = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            long rows = 0;
            long accepted = 0;
            for (SourceRow row : source) {
                rows++;
                if (problem != null) {
                    continue;
                }
                ImportRowPolicy.Outcome outcome = policy.check(row, chosen);
                if (outcome instanceof ImportRowPolicy.Outcome.Accepted(ImportedContribution contribution)) {
                    accepted++;
                    if (first.size() < PREVIEW_ROWS) {
                        first.add(new ImportPreview.Row(row.line(), true, contribution.title(),
                                "contribution.kind." + contribution.kind().name(), contribution.category(),
                                contribution.communeInsee() != null ? contribution.communeInsee() : contribution.scope(),
                                contribution.notes(), null, List.of()));
                    }
                } else if (outcome instanceof ImportRowPolicy.Outcome.Rejected(RejectedRow reason)) {
                    rejected.add(reason);
                    if (first.size() < PREVIEW_ROWS) {
                        first.add(new ImportPreview.Row(row.line(), false, reason.excerpt(), null, null, null, Set.of(),
                                reason.reasonKey(), reason.arguments()));
                    }
                }
            }
            return new ImportPreview(source.format(), source.columns(), chosen, first, rows, accepted, rejected,
                    problem == null ? null : problem.messageKey(), problem == null ? List.of() : List.of(problem.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves every valid row in one transaction, with one audit entry; a failure at any row (or a crash)
     * saves nothing. Refused as a whole when the mapping gives no text or when no row is valid.
     */
    @Transactional
    public ImportReport commit(Actor actor, long consultationId, ImportFile file, ColumnMapping mapping, ImportProgress progress) {
        ConsultationDetails details = allowed(actor, consultationId);
        long councilId = details.consultation().councilId();
        ImportRowPolicy policy = policy(details);
        Instant now = clock.instant();
        try (ImportSource source = ImportSource.open(file.path())) {
            UserFacingException problem = mappingProblem(source, mapping);
            if (problem != null) {
                throw problem;
            }
            long importId = insertImport(actor, details, file, source.format(), now);
            List<RejectedRow> rejected = new ArrayList<>();
            Map<String, Long> notes = new TreeMap<>();
            long accepted = jdbc.execute(connection -> {
                try (ImportWriter writer = new ImportWriter(connection, consultationId, importId, now)) {
                    for (SourceRow row : source) {
                        ImportRowPolicy.Outcome outcome = policy.check(row, mapping);
                        if (outcome instanceof ImportRowPolicy.Outcome.Accepted(ImportedContribution contribution)) {
                            contribution.notes().forEach(note -> notes.merge(note, 1L, Long::sum));
                            if (writer.add(contribution)) {
                                progress.committed(writer.written(), source.fractionRead());
                            }
                        } else if (outcome instanceof ImportRowPolicy.Outcome.Rejected(RejectedRow reason)) {
                            rejected.add(reason);
                        }
                    }
                    writer.flush();
                    return writer.written();
                }
            });
            if (accepted == 0) {
                throw new UserFacingException("exchange.nothing");
            }
            jdbc.prepareStatement("UPDATE contribution_import SET accepted_count = ?, rejected_count = ? WHERE id = ?", statement -> {
                statement.setLong(1, accepted);
                statement.setLong(2, rejected.size());
                statement.setLong(3, importId);
                return statement.executeUpdate();
            });
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", file.name());
            after.put("format", source.format().name());
            after.put("accepted", accepted);
            after.put("rejected", rejected.size());
            after.put("consultation", consultationId);
            audit.record(new AuditEvent(actor, councilId, "contribution.import", "contribution_import", String.valueOf(importId),
                    Map.of(), after));
            progress.committed(accepted, 1);
            return new ImportReport(importId, file.name(), accepted, rejected, notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConsultationDetails allowed(Actor actor, long consultationId) {
        ConsultationDetails details = consultations.details(consultationId);
        permissions.require(actor, Action.IMPORT_CONTRIBUTIONS, details.consultation().councilId());
        if (!windowOpen(details)) {
            throw new UserFacingException("exchange.window.closed");
        }
        return details;
    }

    /** Imported contributions arrive late by nature: accepted until the synthesis ends, days being the territory's. */
    private boolean windowOpen(ConsultationDetails details) {
        return ContributionWindow.accepts(details, ContributionOrigin.IMPORTED, LocalDate.now(clock.withZone(details.zone())));
    }

    private ImportRowPolicy policy(ConsultationDetails details) {
        return new ImportRowPolicy(details.themes(), targets.communes(details.consultation().councilId()), details.zone(), clock.instant());
    }

    /** Why the mapping cannot be imported (no text; a column the file lacks), or null. */
    private static UserFacingException mappingProblem(ImportSource source, ColumnMapping mapping) {
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

    private long insertImport(Actor actor, ConsultationDetails details, ImportFile file, ImportFormat format, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO contribution_import (council_id, consultation_id, imported_by, imported_at, file_name, format,
                                                 accepted_count, rejected_count)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0) RETURNING id""", statement -> {
            statement.setLong(1, details.consultation().councilId());
            statement.setLong(2, details.consultation().id());
            statement.setLong(3, actor.accountId());
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setString(5, file.name());
            statement.setString(6, format.name());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Copies at most one byte more than the limit: enough to know that the file is too large. */
    private long copy(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            int read;
            while (copied <= maxFileSize && (read = in.read(buffer, 0, (int) Math.min(buffer.length, maxFileSize + 1 - copied))) != -1) {
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

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the others by the system
            }
        }
    }
}
