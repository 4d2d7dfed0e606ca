package fr.convergences.territory.council;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A council's colleges: the five of a CTS by default, and whatever the council defines. */
@Singleton
public class CollegeService {

    /** A college as the regulatory default describes it, before any council has it: name, what it gathers, seats. */
    record Template(String name, String description, int seats, int position) {}

    /** The regulatory default (décret n° 2016-1024). */
    static final List<Template> CTS_DEFAULTS = List.of(
            new Template(
                    "Professionnels et offreurs des services de santé",
                    "Professionnels de santé, établissements, structures médico-sociales",
                    20,
                    1),
            new Template(
                    "Usagers et associations d’usagers", "Représentants des usagers et associations agréées", 10, 2),
            new Template(
                    "Collectivités territoriales", "Élus des communes, intercommunalités, département et région", 7, 3),
            new Template(
                    "Services de l’État et organismes de sécurité sociale",
                    "Représentants de l’État et de l’assurance maladie",
                    3,
                    4),
            new Template("Personnalités qualifiées", "Personnes choisies pour leur compétence", 2, 5));

    private final CollegeRepository colleges;
    private final MandateRepository mandates;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public CollegeService(
            CollegeRepository colleges,
            MandateRepository mandates,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.colleges = colleges;
        this.mandates = mandates;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<College> colleges(long councilId) {
        return colleges.findByCouncilIdOrderByPosition(councilId);
    }

    /** Creates the five colleges of a CTS in a council that has none yet. */
    @Transactional
    public List<College> createDefaults(Actor actor, long councilId) {
        permissions.require(actor, Action.MANAGE_COLLEGES, councilId);
        if (!colleges.findByCouncilIdOrderByPosition(councilId).isEmpty()) {
            throw new UserFacingException("territory.college.defaults.exist");
        }
        return CTS_DEFAULTS.stream()
                .map(template -> create(actor, councilId, template.name(), template.description(), template.seats()))
                .toList();
    }

    @Transactional
    public College create(Actor actor, long councilId, String name, @Nullable String description, int seats) {
        permissions.require(actor, Action.MANAGE_COLLEGES, councilId);
        String cleanName = validName(name);
        validSeats(seats);
        if (colleges.existsByCouncilIdAndName(councilId, cleanName)) {
            throw new UserFacingException("territory.college.name.taken");
        }
        int position = colleges.findByCouncilIdOrderByPosition(councilId).size() + 1;
        College college =
                colleges.save(new College(null, councilId, cleanName, validDescription(description), seats, position));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "college.create",
                "college",
                String.valueOf(college.id()),
                Map.of(),
                Map.of("name", cleanName, "seats", seats)));
        return college;
    }

    /** Renames a college or changes its seats; never below the titulars seated today. */
    @Transactional
    public College update(Actor actor, long collegeId, String name, @Nullable String description, int seats) {
        College college =
                colleges.findById(collegeId).orElseThrow(() -> new UserFacingException("territory.college.unknown"));
        permissions.require(actor, Action.MANAGE_COLLEGES, college.councilId());
        String cleanName = validName(name);
        validSeats(seats);
        if (!cleanName.equals(college.name()) && colleges.existsByCouncilIdAndName(college.councilId(), cleanName)) {
            throw new UserFacingException("territory.college.name.taken");
        }
        long seated = SeatPolicy.occupied(mandates.findByCollegeId(collegeId), LocalDate.now(clock));
        if (seats < seated) {
            throw new UserFacingException("territory.college.seats.belowSeated", seated);
        }
        College updated = colleges.update(new College(
                college.id(),
                college.councilId(),
                cleanName,
                validDescription(description),
                seats,
                college.position()));
        audit.record(new AuditEvent(
                actor,
                college.councilId(),
                "college.update",
                "college",
                String.valueOf(collegeId),
                Map.of("name", college.name(), "seats", college.seats()),
                Map.of("name", cleanName, "seats", seats)));
        return updated;
    }

    @Transactional
    public void delete(Actor actor, long collegeId) {
        College college =
                colleges.findById(collegeId).orElseThrow(() -> new UserFacingException("territory.college.unknown"));
        permissions.require(actor, Action.MANAGE_COLLEGES, college.councilId());
        if (mandates.existsByCollegeId(collegeId)) {
            throw new UserFacingException("territory.college.hasMandates");
        }
        colleges.delete(college);
        audit.record(new AuditEvent(
                actor,
                college.councilId(),
                "college.delete",
                "college",
                String.valueOf(collegeId),
                Map.of("name", college.name(), "seats", college.seats()),
                Map.of()));
    }

    private static String validName(String name) {
        TextInput.requirePlainLine(name);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > College.NAME_MAX_LENGTH) {
            throw new UserFacingException("territory.college.name.invalid", College.NAME_MAX_LENGTH);
        }
        return clean;
    }

    private static @Nullable String validDescription(@Nullable String description) {
        String clean = description == null ? "" : description.strip();
        if (clean.length() > College.DESCRIPTION_MAX_LENGTH) {
            throw new UserFacingException("territory.college.description.tooLong", College.DESCRIPTION_MAX_LENGTH);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static void validSeats(int seats) {
        if (seats < 1 || seats > College.MAX_SEATS) {
            throw new UserFacingException("territory.college.seats.invalid", College.MAX_SEATS);
        }
    }
}
