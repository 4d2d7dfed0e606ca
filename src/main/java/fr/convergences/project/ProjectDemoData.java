package fr.convergences.project;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.territory.CouncilSlugStore;
import fr.convergences.territory.council.College;
import fr.convergences.territory.council.Mandate;
import fr.convergences.territory.council.MandateKind;
import fr.convergences.territory.council.MandateService;
import fr.convergences.territory.council.MandateStatus;
import fr.convergences.territory.organisation.Organisation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The demo council's projet territorial de santé, adopted by a délibération voted by roll-call and published: three
 * axes, actions planned, in progress (the one that carries out the demo's adopted avis), done and abandoned, and two
 * indicators co-adopted with the users' college and measured each quarter for two years. Built through the services,
 * so the audit log and the events are what real use would leave.
 */
@Singleton
public class ProjectDemoData implements DemoData {

    private final ProjectService projects;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final MotionService motions;
    private final VotingSessionService sessions;
    private final BallotService ballots;
    private final ConsultationService consultations;
    private final AccountRepository accounts;
    private final CouncilZones zones;
    private final CouncilSlugStore councils;
    private final MandateService mandates;

    public ProjectDemoData(
            ProjectService projects,
            ActionService actions,
            IndicatorService indicators,
            MotionService motions,
            VotingSessionService sessions,
            BallotService ballots,
            ConsultationService consultations,
            AccountRepository accounts,
            CouncilZones zones,
            CouncilSlugStore councils,
            MandateService mandates) {
        this.projects = projects;
        this.actions = actions;
        this.indicators = indicators;
        this.motions = motions;
        this.sessions = sessions;
        this.ballots = ballots;
        this.consultations = consultations;
        this.accounts = accounts;
        this.zones = zones;
        this.councils = councils;
        this.mandates = mandates;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional
    public void load() {
        OptionalLong councilId = councils.idOf("cts-essonne");
        Optional<Long> adminId =
                accounts.findByEmailIgnoringCase("admin@demo.convergences.fr").map(account -> account.id());
        if (councilId.isEmpty()
                || adminId.isEmpty()
                || projects.visibleProject(Actor.account(adminId.get()), councilId.getAsLong())
                        .isPresent()) {
            return;
        }
        long council = councilId.getAsLong();
        Actor admin = Actor.account(adminId.get());
        List<Organisation> organisations = actions.organisations();
        Organisation cpts = organisations.stream()
                .filter(o -> o.name().startsWith("CPTS"))
                .findFirst()
                .orElse(null);
        Organisation users = organisations.stream()
                .filter(o -> o.name().startsWith("France Assos"))
                .findFirst()
                .orElse(null);
        if (cpts == null || users == null) {
            return;
        }
        LocalDate today = zones.today(council);
        long project = StoredId.of(projects.open(
                        admin,
                        council,
                        "Projet territorial de santé de l’Essonne 2026-2030",
                        "Le projet territorial de santé répond au **diagnostic territorial** partagé avec les habitants : trouver un médecin, "
                                + "être soigné le soir et le week-end, vieillir chez soi, être accompagné en santé mentale.")
                .id());
        projects.adopt(
                admin,
                project,
                adoptedDeliberation(
                        admin,
                        council,
                        "Délibération : adoption du projet territorial de santé 2026-2030",
                        "Le conseil territorial de santé de l’Essonne adopte son projet territorial de santé pour 2026-2030.",
                        "Le projet répond aux besoins reconnus dans le diagnostic territorial, partagé avec les habitants."));
        projects.publish(admin, project);

        long access = StoredId.of(projects.addAxis(
                        admin,
                        project,
                        "Accès aux soins de proximité",
                        "Un médecin pour chacun, le soir et le week-end aussi.")
                .id());
        long ageing = StoredId.of(projects.addAxis(
                        admin,
                        project,
                        "Vieillir chez soi",
                        "Prévenir la perte d’autonomie et éviter les hospitalisations évitables.")
                .id());
        projects.addAxis(admin, project, "Santé mentale", "Des parcours lisibles, de la prévention à la crise.");
        List<String> communes =
                new ArrayList<>(consultations.territoryCommunes(council).keySet());
        Set<String> north = Set.copyOf(communes.subList(0, Math.min(3, communes.size())));
        Set<String> south = Set.copyOf(communes.subList(Math.max(0, communes.size() - 2), communes.size()));

        long sas = StoredId.of(actions.create(
                        admin,
                        access,
                        new ActionForm(
                                "Service d’accès aux soins (SAS) pour tout le département",
                                "Une régulation commune joignable jour et nuit, qui oriente vers une consultation le jour même en ville plutôt qu’aux urgences.",
                                cpts.id(),
                                Set.of(users.id()),
                                north,
                                today.minusYears(2),
                                today.plusYears(1),
                                450_000L))
                .id());
        actions.changeStatus(admin, sas, ActionStatus.IN_PROGRESS, null);
        actions.logProgress(
                admin, sas, today.minusMonths(18), "Convention signée entre l’ARS, le SAMU et les trois CPTS.");
        actions.logProgress(
                admin,
                sas,
                today.minusMonths(6),
                "La régulation de nuit couvre désormais tout le nord du département.");
        motions.decisions(admin, council).stream()
                .filter(m -> m.kind() == MotionKind.AVIS && m.status() == MotionStatus.ADOPTED)
                .findFirst()
                .ifPresent(avis -> actions.link(admin, sas, LinkKind.MOTION, StoredId.of(avis.id())));

        actions.create(
                admin,
                access,
                new ActionForm(
                        "Consultations non programmées le samedi dans chaque CPTS",
                        "Chaque CPTS assure une permanence le samedi matin, à tour de rôle entre ses maisons de santé.",
                        cpts.id(),
                        Set.of(),
                        south,
                        today.plusMonths(2),
                        today.plusYears(2),
                        null));
        long falls = StoredId.of(actions.create(
                        admin,
                        ageing,
                        new ActionForm(
                                "Ateliers de prévention des chutes",
                                "Des ateliers d’équilibre dans les clubs de retraités, animés avec les kinésithérapeutes libéraux.",
                                users.id(),
                                Set.of(cpts.id()),
                                south,
                                today.minusYears(2),
                                today.minusMonths(3),
                                60_000L))
                .id());
        actions.changeStatus(admin, falls, ActionStatus.DONE, null);
        long bus = StoredId.of(actions.create(
                        admin,
                        ageing,
                        new ActionForm(
                                "Bus itinérant de dépistage dans le sud",
                                "Un bus de dépistage visuel et auditif passant chaque mois dans les communes rurales.",
                                users.id(),
                                Set.of(),
                                south,
                                today.minusYears(1),
                                today.plusYears(1),
                                120_000L))
                .id());
        actions.changeStatus(
                admin,
                bus,
                ActionStatus.ABANDONED,
                "Aucun transporteur n’a répondu à l’appel d’offres ; les dépistages passent par les maisons de santé.");

        College usersCollege = indicators.colleges(council).stream()
                .filter(c -> c.position() == 2)
                .findFirst()
                .orElse(null);
        long delay = StoredId.of(indicators
                .define(
                        admin,
                        project,
                        new IndicatorForm(
                                sas,
                                "Délai d’obtention d’une consultation non programmée",
                                "Délai médian, en heures, entre l’appel à la régulation et la consultation obtenue en ville.",
                                "heures",
                                "SAS de l’Essonne",
                                new BigDecimal("48"),
                                today.minusYears(2).minusMonths(1),
                                new BigDecimal("24"),
                                today.plusYears(2),
                                Frequency.QUARTERLY,
                                Direction.LOWER_IS_BETTER,
                                "CPTS Cœur d’Essonne"))
                .id());
        long noDoctor = StoredId.of(indicators
                .define(
                        admin,
                        project,
                        new IndicatorForm(
                                null,
                                "Habitants sans médecin traitant",
                                "Part des assurés de 17 ans et plus sans médecin traitant déclaré.",
                                "%",
                                "Assurance maladie (SNDS)",
                                new BigDecimal("14.8"),
                                today.minusYears(2).minusMonths(1),
                                new BigDecimal("10"),
                                today.plusYears(3),
                                Frequency.QUARTERLY,
                                Direction.LOWER_IS_BETTER,
                                "Délégation départementale de l’ARS"))
                .id());
        if (usersCollege != null) {
            long college = StoredId.of(usersCollege.id());
            indicators.recordCollegeAgreement(admin, delay, college, today.minusYears(2));
            indicators.recordCollegeAgreement(admin, noDoctor, college, today.minusYears(2));
        }
        double[] delays = {46, 44, 41, 39, 36, 35, 31, 29};
        double[] shares = {14.6, 14.5, 14.1, 13.9, 13.6, 13.2, 12.9, 12.7};
        for (int quarter = 0; quarter < 8; quarter++) {
            LocalDate on = today.minusYears(2).plusMonths(3L * quarter + 1);
            indicators.recordMeasurement(
                    admin,
                    delay,
                    new MeasurementForm(on, BigDecimal.valueOf(delays[quarter]), null, "SAS de l’Essonne"));
            indicators.recordMeasurement(
                    admin,
                    noDoctor,
                    new MeasurementForm(
                            on,
                            BigDecimal.valueOf(shares[quarter]),
                            null,
                            "Assurance maladie, extraction trimestrielle"));
        }
        Map<String, String> names = consultations.territoryCommunes(council);
        int step = 0;
        for (String code : names.keySet()) {
            // Values by commune on the latest quarter, in tenths of a percent, so that the table shows the spread.
            BigDecimal value = BigDecimal.valueOf(95 + 17L * step++, 1);
            indicators.recordMeasurement(
                    admin,
                    noDoctor,
                    new MeasurementForm(
                            today.minusYears(2).plusMonths(22),
                            value,
                            code,
                            "Assurance maladie, extraction trimestrielle"));
        }
    }

    /**
     * A délibération of the demo council, voted by roll-call online by the titulars who have an account: the projet and
     * the diagnostic ({@code DiagnosticDemoData}) are each adopted by one.
     */
    @Transactional
    public long adoptedDeliberation(Actor admin, long council, String title, String text, String reasons) {
        Motion deliberation = motions.publish(
                admin,
                StoredId.of(motions.draft(
                                admin,
                                council,
                                new MotionForm(
                                        null,
                                        MotionKind.DELIBERATION,
                                        title,
                                        text,
                                        reasons,
                                        List.of(),
                                        List.of(),
                                        Set.of(),
                                        Set.of()))
                        .id()));
        long deliberationId = StoredId.of(deliberation.id());
        long session = StoredId.of(sessions.open(
                        admin,
                        StoredId.of(sessions.plan(
                                        admin,
                                        deliberationId,
                                        SessionForm.online(BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST, null))
                                .id()))
                .id());
        // The titulars with a vote, in the order of their mandates: those who have an account cast a ballot.
        List<Mandate> seats = mandates.mandates(admin, council).stream()
                .filter(m -> m.kind() == MandateKind.TITULAR && m.votingRight() && m.status() == MandateStatus.ACTIVE)
                .toList();
        for (Mandate seat : seats) {
            Long account = seat.accountId();
            if (account != null) {
                ballots.cast(
                        Actor.account(account), session, StoredId.of(seat.id()), new BallotChoice.ForAgainst(Vote.FOR));
            }
        }
        sessions.close(admin, session);
        return deliberationId;
    }
}
