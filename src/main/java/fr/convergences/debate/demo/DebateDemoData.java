package fr.convergences.debate.demo;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.debate.Attendance;
import fr.convergences.debate.AttendeeProfile;
import fr.convergences.debate.Audience;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateForm;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.DebateStore;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.paperform.Capture;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Two debates on the Essonne demo consultation, organised by the demo debate organiser: one to come (approved, a
 * few people registered), and one held last week, with its attendance, minutes and contributions captured there.
 * Loaded once, after the consultation (order 400).
 */
@Singleton
class DebateDemoData implements DemoData {

    static final String UPCOMING = "Santé mentale des jeunes : en parler pour agir";
    static final String PAST = "Se soigner près de chez soi à Corbeil-Essonnes";

    private final DebateService debates;
    private final RegistrationService registrations;
    private final DebateOutcomeService outcomes;
    private final DebateRepository repository;
    private final DebateStore store;
    private final ConsultationService consultations;
    private final CouncilRepository councils;
    private final AccountRepository accounts;
    private final Clock clock;

    DebateDemoData(
            DebateService debates,
            RegistrationService registrations,
            DebateOutcomeService outcomes,
            DebateRepository repository,
            DebateStore store,
            ConsultationService consultations,
            CouncilRepository councils,
            AccountRepository accounts,
            Clock clock) {
        this.debates = debates;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.repository = repository;
        this.store = store;
        this.consultations = consultations;
        this.councils = councils;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional
    public void load() {
        Council council = councils.findBySlug("cts-essonne").orElse(null);
        Consultation consultation = council == null
                ? null
                : consultations.all().stream()
                        .filter(found -> found.councilId().equals(council.id())
                                && "Diagnostic territorial de santé de l’Essonne".equals(found.title()))
                        .findFirst()
                        .orElse(null);
        if (consultation == null) {
            return; // no demo consultation
        }
        long consultationId = StoredId.of(consultation.id());
        if (!repository.findByConsultationIdOrderByStartsAt(consultationId).isEmpty()) {
            return; // loaded by an earlier start
        }
        Actor organiser = Actor.account(accountId("debats"));
        Actor moderator = Actor.account(accountId("moderation"));
        ConsultationDetails details = consultations.details(consultationId);
        Map<String, Long> themes = new java.util.HashMap<>();
        details.themes().forEach(theme -> themes.put(theme.name(), theme.id()));
        LocalDate today = LocalDate.now(clock.withZone(details.zone()));

        Debate upcoming = debates.create(
                organiser,
                consultationId,
                new DebateForm(
                        UPCOMING,
                        "Un débat ouvert aux **jeunes de 15 à 25 ans**, à leurs parents et aux professionnels : qu’est-ce qui aide, "
                                + "qu’est-ce qui manque pour aller bien ?\n\n- témoignages\n- échanges en petits groupes\n- propositions pour le conseil",
                        null,
                        today.plusDays(12),
                        LocalTime.of(18, 30),
                        LocalTime.of(20, 30),
                        "Maison de quartier des Pyramides, place des Droits de l’Homme",
                        "91228",
                        true,
                        true,
                        "Interprète en langue des signes sur demande",
                        "https://visio.example.org/debat-sante-mentale",
                        40,
                        Audience.YOUNG_PEOPLE,
                        "Jeunes d’Évry-Courcouronnes et alentours",
                        Set.of(themes.get("Santé mentale"), themes.get("Prévention")),
                        List.of(
                                "Accueil et présentation de la consultation",
                                "Témoignages",
                                "Échanges en petits groupes",
                                "Propositions et suites")));
        debates.approve(moderator, upcoming.storedId());
        registrations.register(Actor.account(accountId("habitant")), upcoming.storedId());
        registrations.registerOnBehalf(organiser, upcoming.storedId(), "Mme Martin (centre social)", "01 60 00 00 00");

        Debate past = debates.create(
                organiser,
                consultationId,
                new DebateForm(
                        PAST,
                        "Médecin traitant, urgences, transports : comment se soigner près de chez soi ? Un débat avec la CPTS et le centre social.",
                        null,
                        today.plusDays(1),
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 30),
                        "Centre social Albert-Camus, Corbeil-Essonnes",
                        "91174",
                        true,
                        false,
                        null,
                        null,
                        60,
                        Audience.OPEN,
                        null,
                        Set.of(themes.get("Accès aux soins de premier recours")),
                        List.of("Ce qui manque aujourd’hui", "Ce que nous proposons")));
        debates.approve(moderator, past.storedId());
        // It took place last week: the demo moves it back in time, as time would have.
        Instant pastStart = clock.instant().minus(Duration.ofDays(6));
        store.moveForDemo(past.storedId(), pastStart, pastStart.plus(Duration.ofMinutes(150)));
        outcomes.recordAttendance(
                organiser,
                past.storedId(),
                new Attendance(
                        27,
                        Map.of(AgeBand.FROM_60_TO_74, 9, AgeBand.FROM_75, 6),
                        Map.of(AttendeeProfile.RESIDENT, 19, AttendeeProfile.HEALTH_PROFESSIONAL, 5)));
        outcomes.writeMinutes(organiser, past.storedId(), """
                ### Ce qui a été dit

                - Plusieurs habitants n’ont **plus de médecin traitant** depuis un départ en retraite.
                - Les urgences de nuit sont loin pour qui n’a pas de voiture.

                ### Propositions retenues par les participants

                1. Un centre de santé ouvert le soir.
                2. Une navette entre les quartiers et l’hôpital.""");
        Long access = themes.get("Accès aux soins de premier recours");
        capture(
                organiser,
                past.storedId(),
                "Un centre de santé ouvert le soir",
                "Ouvrir un centre de santé le soir et le samedi matin à Corbeil.",
                access);
        capture(
                organiser,
                past.storedId(),
                "Une navette vers l’hôpital",
                "Une navette entre les quartiers et l’hôpital, le soir aussi.",
                access);
        capture(
                organiser,
                past.storedId(),
                "Trouver un médecin traitant",
                "Je n’ai plus de médecin traitant depuis deux ans : il faut une aide pour en trouver.",
                access);
    }

    private void capture(Actor organiser, long debateId, String title, String body, @Nullable Long theme) {
        outcomes.capture(
                organiser,
                debateId,
                new Capture(
                        null,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                title,
                                body,
                                theme == null ? Set.of() : Set.of(theme),
                                "91174"),
                        true,
                        null));
    }

    /** The id of a demo account, which the identity demo data created before this runs. */
    private long accountId(String login) {
        Account account = accounts.findByEmailIgnoringCase(login + "@demo.convergences.fr")
                .orElseThrow();
        return StoredId.of(account.id());
    }
}
