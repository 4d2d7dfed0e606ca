package fr.convergences.territory;

import fr.convergences.base.InseeCode;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The platform admin's work: opening territories and their councils, and loading their communes. */
@Singleton
public class TerritoryAdminService {

    // Free text on purpose: a territory is usually a département ("91", "2A", "974") but not always.
    private static final Pattern CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z-]{0,15}$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final TerritoryRepository territories;
    private final CouncilRepository councils;
    private final CommuneRepository communes;
    private final Permissions permissions;
    private final AuditTrail audit;

    public TerritoryAdminService(
            TerritoryRepository territories,
            CouncilRepository councils,
            CommuneRepository communes,
            Permissions permissions,
            AuditTrail audit) {
        this.territories = territories;
        this.councils = councils;
        this.communes = communes;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    public Territory createTerritory(Actor actor, String code, String name, String timeZone) {
        permissions.require(actor, Action.CREATE_TERRITORY);
        String cleanCode = code == null ? "" : code.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new UserFacingException("territory.admin.code.invalid");
        }
        String cleanName = TextInput.singleLine(name, Territory.NAME_MAX_LENGTH, "territory.admin.name");
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new UserFacingException("territory.admin.timeZone.invalid");
        }
        if (territories.findByCode(cleanCode).isPresent()) {
            throw new UserFacingException("territory.admin.code.taken");
        }
        Territory territory = territories.save(new Territory(null, cleanCode, cleanName, zone.getId()));
        audit.record(new AuditEvent(
                actor,
                null,
                "territory.create",
                "territory",
                String.valueOf(territory.id()),
                Map.of(),
                Map.of("code", cleanCode, "name", cleanName, "timeZone", zone.getId())));
        return territory;
    }

    @Transactional
    public Council createCouncil(Actor actor, long territoryId, String name, String slug) {
        permissions.require(actor, Action.CREATE_COUNCIL);
        territories
                .findById(territoryId)
                .orElseThrow(() -> new UserFacingException("territory.admin.territory.unknown"));
        if (councils.findByTerritoryId(territoryId).isPresent()) {
            throw new UserFacingException("territory.admin.council.exists");
        }
        String cleanName = TextInput.singleLine(name, Council.NAME_MAX_LENGTH, "territory.admin.councilName");
        String cleanSlug = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(cleanSlug).matches() || cleanSlug.length() > 80) {
            throw new UserFacingException("territory.admin.slug.invalid");
        }
        if (councils.findBySlug(cleanSlug).isPresent()) {
            throw new UserFacingException("territory.admin.slug.taken");
        }
        Council council = councils.save(new Council(null, territoryId, cleanName, cleanSlug));
        audit.record(new AuditEvent(
                actor,
                council.id(),
                "council.create",
                "council",
                String.valueOf(council.id()),
                Map.of(),
                Map.of("name", cleanName, "slug", cleanSlug)));
        return council;
    }

    /**
     * Loads communes from CSV (columns {@code insee} and {@code nom}/{@code name}, comma or semicolon
     * separated). Valid rows are saved together in one transaction; refused rows are reported with
     * their line. A code already in this territory is updated (renamed); one in another territory is refused.
     */
    /** The communes CSV as uploaded: its encoding (UTF-8 with or without a byte-order mark, Windows-1252) is detected. */
    @Transactional
    public CommuneImport importCommunes(Actor actor, long territoryId, byte[] csv) {
        return importCommunes(actor, territoryId, CommuneCsv.decode(csv));
    }

    @Transactional
    public CommuneImport importCommunes(Actor actor, long territoryId, Reader csv) {
        permissions.require(actor, Action.CREATE_TERRITORY);
        territories
                .findById(territoryId)
                .orElseThrow(() -> new UserFacingException("territory.admin.territory.unknown"));
        List<CommuneImport.RejectedRow> rejected = new ArrayList<>();
        List<Commune> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CommuneCsv.parse(csv)) {
            if (!CommuneCsv.hasColumns(parser, "insee") || !CommuneCsv.hasColumns(parser, "nom", "name")) {
                throw new UserFacingException("territory.admin.commune.missingColumns");
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (hasNext(rows, parser)) {
                CSVRecord row = rows.next();
                String code = CommuneCsv.value(row, "insee").toUpperCase();
                String name = CommuneCsv.value(row, "nom", "name");
                String problem = !InseeCode.isValid(code)
                        ? "territory.admin.commune.badCode"
                        : name.isBlank() || name.length() > Commune.NAME_MAX_LENGTH
                                ? "territory.admin.commune.badName"
                                : !seen.add(code)
                                        ? "territory.admin.commune.duplicate"
                                        : communes.findById(code)
                                                        .filter(other -> other.territoryId() != territoryId)
                                                        .isPresent()
                                                ? "territory.admin.commune.otherTerritory"
                                                : null;
                if (problem == null) {
                    valid.add(new Commune(code, territoryId, name));
                } else {
                    rejected.add(new CommuneImport.RejectedRow(row.getRecordNumber() + 1, code, problem));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new UserFacingException("territory.admin.commune.unreadable");
        }
        for (Commune commune : valid) {
            if (communes.existsById(commune.inseeCode())) {
                communes.update(commune);
            } else {
                communes.save(commune);
            }
        }
        audit.record(new AuditEvent(
                actor,
                null,
                "territory.communes.import",
                "territory",
                String.valueOf(territoryId),
                Map.of(),
                Map.of("saved", valid.size(), "rejected", rejected.size())));
        return new CommuneImport(valid.size(), rejected);
    }

    /**
     * Whether the file has another row. A quote left open runs to the end of the file: the whole file is refused,
     * nothing is saved, and the line where the parser noticed it is the admin's best clue.
     */
    private static boolean hasNext(Iterator<CSVRecord> rows, CSVParser parser) {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw new UserFacingException("territory.admin.commune.malformed", parser.getCurrentLineNumber());
        }
    }
}
