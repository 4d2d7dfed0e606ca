package fr.convergences.consultation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.Commune;
import fr.convergences.territory.CommuneRepository;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.TerritoryRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Opening and editing consultations (council admins), and reading them (everyone). */
@Singleton
public class ConsultationService {

    /** Health-democracy themes every consultation starts with; each consultation can change them. */
    static final List<String> DEFAULT_THEMES = List.of(
            "Prévention",
            "Accès aux soins de premier recours",
            "Santé mentale",
            "Vieillissement et autonomie",
            "Santé numérique",
            "Inégalités sociales et territoriales de santé",
            "Déterminants de santé (logement, transports…)",
            "Organisation territoriale",
            "Démocratie en santé");

    private final ConsultationRepository consultations;
    private final PhaseRepository phases;
    private final ThemeRepository themes;
    private final ConsultationCommuneStore scope;
    private final ThemeUsage themeUsage;
    private final ConsultationValidator validator;
    private final CouncilRepository councils;
    private final TerritoryRepository territories;
    private final CommuneRepository communes;
    private final Permissions permissions;
    private final Clock clock;

    public ConsultationService(
            ConsultationRepository consultations,
            PhaseRepository phases,
            ThemeRepository themes,
            ConsultationCommuneStore scope,
            ThemeUsage themeUsage,
            ConsultationValidator validator,
            CouncilRepository councils,
            TerritoryRepository territories,
            CommuneRepository communes,
            Permissions permissions,
            Clock clock) {
        this.consultations = consultations;
        this.phases = phases;
        this.themes = themes;
        this.scope = scope;
        this.themeUsage = themeUsage;
        this.validator = validator;
        this.councils = councils;
        this.territories = territories;
        this.communes = communes;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Consultation open(Actor actor, long councilId, ConsultationForm form) {
        permissions.require(actor, Action.OPEN_CONSULTATION, councilId);
        ConsultationValidator.Valid valid = validator.validate(form, territoryCommunes(councilId));
        Consultation consultation = consultations.save(new Consultation(
                null, councilId, valid.title(), valid.question(), valid.description(), clock.instant()));
        long consultationId = consultation.storedId();
        form.phases()
                .forEach(phase ->
                        phases.save(new Phase(null, consultationId, phase.kind(), phase.startsOn(), phase.endsOn())));
        for (int i = 0; i < DEFAULT_THEMES.size(); i++) {
            themes.save(new Theme(null, consultationId, DEFAULT_THEMES.get(i), i + 1));
        }
        scope.replace(consultationId, form.communes());
        return consultation;
    }

    /** Changes the wording, calendar and scope of a consultation; contributions already made stay as they are. */
    @Transactional
    public Consultation update(Actor actor, long consultationId, ConsultationForm form) {
        Consultation current = find(consultationId);
        permissions.require(actor, Action.OPEN_CONSULTATION, current.councilId());
        ConsultationValidator.Valid valid = validator.validate(form, territoryCommunes(current.councilId()));
        Consultation updated = consultations.update(new Consultation(
                current.id(),
                current.councilId(),
                valid.title(),
                valid.question(),
                valid.description(),
                current.createdAt()));
        phases.deleteByConsultationId(consultationId);
        form.phases()
                .forEach(phase ->
                        phases.save(new Phase(null, consultationId, phase.kind(), phase.startsOn(), phase.endsOn())));
        scope.replace(consultationId, form.communes());
        return updated;
    }

    @Transactional
    public Theme addTheme(Actor actor, long consultationId, String name) {
        Consultation consultation = find(consultationId);
        permissions.require(actor, Action.OPEN_CONSULTATION, consultation.councilId());
        String clean = uniqueThemeName(consultationId, name, null);
        int position = themes.findByConsultationIdOrderByPosition(consultationId).stream()
                        .mapToInt(Theme::position)
                        .max()
                        .orElse(0)
                + 1;
        return themes.save(new Theme(null, consultationId, clean, position));
    }

    @Transactional
    public Theme renameTheme(Actor actor, long themeId, String name) {
        Theme theme = themes.findById(themeId).orElseThrow(() -> new UserFacingException("consultation.theme.unknown"));
        permissions.require(actor, Action.OPEN_CONSULTATION, councilOf(theme.consultationId()));
        return themes.update(new Theme(
                theme.id(),
                theme.consultationId(),
                uniqueThemeName(theme.consultationId(), name, themeId),
                theme.position()));
    }

    /** Removes a theme no contribution uses yet; a used one can only be renamed, so no contribution loses its theme. */
    @Transactional
    public void removeTheme(Actor actor, long themeId) {
        Theme theme = themes.findById(themeId).orElseThrow(() -> new UserFacingException("consultation.theme.unknown"));
        permissions.require(actor, Action.OPEN_CONSULTATION, councilOf(theme.consultationId()));
        if (themeUsage.inUse(themeId)) {
            throw new UserFacingException("consultation.theme.inUse");
        }
        themes.delete(theme);
    }

    /** Whether the actor may edit this consultation (the page mirrors it; each use case checks again). */
    @Transactional(readOnly = true)
    public boolean canEdit(Actor actor, long consultationId) {
        return consultations
                .findCouncilIdById(consultationId)
                .map(council -> permissions.allows(actor, Action.OPEN_CONSULTATION, council))
                .orElse(false);
    }

    /** The consultations with a phase ending on or after the day: what may be open now or coming. */
    @Transactional(readOnly = true)
    public List<Consultation> notOverBefore(java.time.LocalDate day) {
        return consultations.withPhaseEndingOnOrAfter(day);
    }

    @Transactional(readOnly = true)
    public List<Consultation> all() {
        return consultations.listOrderByCreatedAtDesc();
    }

    /** One council's consultations, newest first (the council's open-data page), read by a query on the council. */
    @Transactional(readOnly = true)
    public List<Consultation> ofCouncil(long councilId) {
        return consultations.findByCouncilIdOrderByCreatedAtDesc(councilId);
    }

    /**
     * The public list of consultations: the {@link PublicList#LIMIT} newest, and how many older ones are left out (they stay
     * reachable through their council and the paged API), so the page's work is bounded whatever the number of consultations.
     */
    @Transactional(readOnly = true)
    public PublicList publicList() {
        List<Consultation> newest = consultations.newest(PublicList.LIMIT);
        long rest = newest.size() < PublicList.LIMIT ? 0 : Math.max(0, consultations.count() - newest.size());
        return new PublicList(newest, rest);
    }

    /** The newest consultations shown on the public list, and the number of older ones not shown. */
    public record PublicList(List<Consultation> newest, long rest) {
        public static final int LIMIT = 200;
    }

    /**
     * One page of the public list, newest first (by id, descending), of consultations whose id is below {@code beforeId};
     * 0 means from the newest. Bounded so that no request makes the server read every consultation with its details.
     */
    @Transactional(readOnly = true)
    public PublicPage publicPage(long beforeId, int size) {
        if (size < 1 || size > PublicPage.MAX_SIZE) {
            throw new UserFacingException("consultation.api.pageSize", PublicPage.MAX_SIZE);
        }
        if (beforeId < 0) {
            throw new UserFacingException("consultation.api.after");
        }
        // One more than asked tells whether a next page exists without counting the consultations.
        List<Consultation> found = consultations.publicPage(beforeId == 0 ? Long.MAX_VALUE : beforeId, size + 1);
        List<ConsultationDetails> page = (found.size() > size ? found.subList(0, size) : found)
                .stream().map(consultation -> details(consultation.storedId())).toList();
        return new PublicPage(page, found.size() > size);
    }

    /** One page of consultations with their details, and whether more follow. */
    public record PublicPage(List<ConsultationDetails> consultations, boolean more) {
        /** Each consultation costs its phases and themes: a smaller page than the contributions' 500. */
        public static final int MAX_SIZE = 100;

        public static final int DEFAULT_SIZE = 100;

        public long lastId() {
            return consultations.getLast().consultation().storedId();
        }
    }

    /** The council that opened the consultation: what permissions are decided on. */
    @Transactional(readOnly = true)
    public long councilOf(long consultationId) {
        return consultations
                .findCouncilIdById(consultationId)
                .orElseThrow(() -> new UserFacingException("consultation.unknown"));
    }

    @Transactional(readOnly = true)
    public ConsultationDetails details(long consultationId) {
        Consultation consultation = find(consultationId);
        Council council = councils.findById(consultation.councilId()).orElseThrow();
        ZoneId zone = territories
                .findById(council.territoryId())
                .map(territory -> ZoneId.of(territory.timeZone()))
                .orElse(ZoneId.of("Europe/Paris"));
        return new ConsultationDetails(
                consultation,
                phases.findByConsultationIdOrderByStartsOn(consultationId),
                themes.findByConsultationIdOrderByPosition(consultationId),
                scope.communes(consultationId),
                zone,
                council.name());
    }

    /** The communes of the council's territory (code → name), to choose a consultation's scope from. */
    @Transactional(readOnly = true)
    public Map<String, String> territoryCommunes(long councilId) {
        Council council =
                councils.findById(councilId).orElseThrow(() -> new UserFacingException("territory.council.unknown"));
        Map<String, String> names = new LinkedHashMap<>();
        for (Commune commune : communes.findByTerritoryIdOrderByName(council.territoryId())) {
            names.put(commune.inseeCode(), commune.name());
        }
        return names;
    }

    private Consultation find(long consultationId) {
        return consultations
                .findById(consultationId)
                .orElseThrow(() -> new UserFacingException("consultation.unknown"));
    }

    /** The name cleaned, refused if another theme of the consultation has it; {@code exceptThemeId} is the one renamed, if any. */
    private String uniqueThemeName(long consultationId, String name, @Nullable Long exceptThemeId) {
        String clean = TextInput.singleLine(name, Theme.NAME_MAX_LENGTH, "consultation.theme");
        boolean taken = themes.findByConsultationIdOrderByPosition(consultationId).stream()
                .anyMatch(other -> (exceptThemeId == null || other.storedId() != exceptThemeId)
                        && other.name().equalsIgnoreCase(clean));
        if (taken) {
            throw new UserFacingException("consultation.theme.twice");
        }
        return clean;
    }
}
