package fr.convergences.consultation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.TerritoryRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Opening consultations and reading them. */
@Singleton
public class ConsultationService {

    /** Health-democracy themes every consultation starts with; each consultation can change them. */
    static final List<String> DEFAULT_THEMES = List.of("Prévention", "Accès aux soins de premier recours", "Santé mentale",
            "Vieillissement et autonomie", "Santé numérique", "Inégalités sociales et territoriales de santé",
            "Déterminants de santé (logement, transports…)", "Organisation territoriale", "Démocratie en santé");

    private final ConsultationRepository consultations;
    private final PhaseRepository phases;
    private final ThemeRepository themes;
    private final CouncilRepository councils;
    private final TerritoryRepository territories;
    private final Permissions permissions;
    private final Clock clock;

    public ConsultationService(ConsultationRepository consultations, PhaseRepository phases, ThemeRepository themes,
                               CouncilRepository councils, TerritoryRepository territories, Permissions permissions, Clock clock) {
        this.consultations = consultations;
        this.phases = phases;
        this.themes = themes;
        this.councils = councils;
        this.territories = territories;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Consultation open(Actor actor, long councilId, ConsultationForm form) {
        permissions.require(actor, Action.OPEN_CONSULTATION, councilId);
        String title = TextInput.required(form.title(), Consultation.TITLE_MAX_LENGTH, "consultation.title");
        String question = TextInput.required(form.question(), Consultation.QUESTION_MAX_LENGTH, "consultation.question");
        String description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        if (description != null && description.length() > Consultation.DESCRIPTION_MAX_LENGTH) {
            throw new UserFacingException("consultation.description.tooLong", Consultation.DESCRIPTION_MAX_LENGTH);
        }
        Set<PhaseKind> seen = EnumSet.noneOf(PhaseKind.class);
        for (ConsultationForm.PhaseDates phase : form.phases()) {
            if (phase.kind() == null || phase.startsOn() == null || phase.endsOn() == null || phase.endsOn().isBefore(phase.startsOn())) {
                throw new UserFacingException("consultation.phase.dates");
            }
            if (!seen.add(phase.kind())) {
                throw new UserFacingException("consultation.phase.twice");
            }
        }
        if (!seen.contains(PhaseKind.CONTRIBUTIONS)) {
            throw new UserFacingException("consultation.phase.contributionsRequired");
        }
        Consultation consultation = consultations.save(new Consultation(null, councilId, title, question, description, clock.instant()));
        form.phases().forEach(phase -> phases.save(new Phase(null, consultation.id(), phase.kind(), phase.startsOn(), phase.endsOn())));
        for (int i = 0; i < DEFAULT_THEMES.size(); i++) {
            themes.save(new Theme(null, consultation.id(), DEFAULT_THEMES.get(i), i + 1));
        }
        return consultation;
    }

    @Transactional(readOnly = true)
    public List<Consultation> all() {
        return consultations.listOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public ConsultationDetails details(long consultationId) {
        Consultation consultation = consultations.findById(consultationId)
                .orElseThrow(() -> new UserFacingException("consultation.unknown"));
        Council council = councils.findById(consultation.councilId()).orElseThrow();
        ZoneId zone = territories.findById(council.territoryId()).map(territory -> ZoneId.of(territory.timeZone())).orElse(ZoneId.of("Europe/Paris"));
        return new ConsultationDetails(consultation, phases.findByConsultationIdOrderByStartsOn(consultationId),
                themes.findByConsultationIdOrderByPosition(consultationId), zone, council.name());
    }
}
