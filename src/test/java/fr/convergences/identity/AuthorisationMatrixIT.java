package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.security.SecretTokens;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.contribution.moderation.SuspensionService;
import fr.convergences.identity.audit.AuditLogService;
import fr.convergences.identity.profile.ProfileChange;
import fr.convergences.identity.profile.ProfileService;
import fr.convergences.identity.role.CouncilRoleService;
import fr.convergences.territory.Territory;
import fr.convergences.territory.TerritoryAdminService;
import fr.convergences.territory.TerritoryRepository;
import fr.convergences.territory.council.BureauPosition;
import fr.convergences.territory.council.BureauService;
import fr.convergences.territory.council.College;
import fr.convergences.territory.council.CollegeRepository;
import fr.convergences.territory.council.CollegeService;
import fr.convergences.territory.council.CompositionService;
import fr.convergences.territory.council.Mandate;
import fr.convergences.territory.council.MandateForm;
import fr.convergences.territory.council.MandateKind;
import fr.convergences.territory.council.MandateRepository;
import fr.convergences.territory.council.MandateService;
import fr.convergences.territory.council.MandateStatus;
import fr.convergences.territory.organisation.Membership;
import fr.convergences.territory.organisation.MembershipRepository;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationForm;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationRepository;
import fr.convergences.territory.organisation.OrganisationService;
import fr.convergences.testing.TableChanges;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestMandates;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every role × every action × own council / another council, against the hand-written expectations
 * of src/test/resources/authorisation-matrix.csv. Actions are performed through their real service
 * use case where one exists; a refused call must leave the database exactly as it was.
 */
class AuthorisationMatrixIT {

    /**
     * Tables that the platform's background work writes to on its own schedule, whoever calls what: the search
     * index's per-node horizon and the pruning of the change log every node has applied; the notification jobs that
     * earlier allowed calls queued, expanded and delivered while later calls run (in-app notifications included: they are
     * written by that delivery); the scan that places late contributions under their theme and offers them to a
     * convergence. Every other table is watched.
     */
    private static final Set<String> WRITTEN_IN_THE_BACKGROUND = Set.of(
            "search_node",
            "search_outbox",
            "search_outbox_pruned",
            "notification_job",
            "notification_outbox",
            "notification",
            "theme_placement",
            "convergence_suggestion",
            "notification_outbox_mail");

    private static TableChanges changes;
    private static TestPlatform platform;
    private static TestAccounts accounts;
    private static long ownCouncil;
    private static long otherCouncil;

    /** Prepares what the use case needs (before the database snapshot), then returns the call itself. */
    interface UseCase {
        Runnable prepare(Actor actor, long councilId);
    }

    private static final Map<Action, UseCase> USE_CASES = new EnumMap<>(Action.class);

    /** The organisation each ACTION_OWNER administers, by account: it carries the projet actions of their use cases. */
    private static final Map<Long, Long> OWNED_ORGANISATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() {
        platform = TestPlatform.shared();
        accounts = new TestAccounts(platform);
        ownCouncil = new TestCouncils(platform).create().id();
        otherCouncil = new TestCouncils(platform).create().id();
        changes = TableChanges.watchAllBut(platform, WRITTEN_IN_THE_BACKGROUND);
        TerritoryAdminService territories = platform.bean(TerritoryAdminService.class);
        CouncilRoleService roles = platform.bean(CouncilRoleService.class);
        ProfileService profiles = platform.bean(ProfileService.class);
        USE_CASES.put(
                Action.CREATE_TERRITORY,
                (actor, council) -> () ->
                        territories.createTerritory(actor, "M" + unique(), "Territoire de test", "Indian/Reunion"));
        USE_CASES.put(Action.CREATE_COUNCIL, (actor, council) -> {
            Territory territory = platform.bean(TerritoryRepository.class)
                    .save(new Territory(null, "C" + unique(), "Sans conseil", "Europe/Paris"));
            return () -> territories.createCouncil(actor, territory.id(), "Conseil de test", "cts-" + unique());
        });
        USE_CASES.put(Action.APPOINT_COUNCIL_ADMIN, (actor, council) -> {
            long target = accounts.create("Futur admin").id();
            return () -> roles.grant(actor, council, target, CouncilRole.COUNCIL_ADMIN);
        });
        USE_CASES.put(Action.ASSIGN_COUNCIL_ROLE, (actor, council) -> {
            long target = accounts.create("Futur modérateur").id();
            return () -> roles.grant(actor, council, target, CouncilRole.MODERATOR);
        });
        USE_CASES.put(
                Action.READ_AUDIT_LOG,
                (actor, council) -> () -> platform.bean(AuditLogService.class).entries(actor, council, 0, 10));
        USE_CASES.put(
                Action.EDIT_OWN_PROFILE,
                (actor, council) -> () ->
                        profiles.updateProfile(actor, new ProfileChange("Nouveau nom", "91228", null, Locale.FRENCH)));
        USE_CASES.put(Action.EXPORT_OWN_DATA, (actor, council) -> () -> profiles.exportPersonalData(actor));
        USE_CASES.put(Action.FOLLOW, (actor, council) -> {
            long followed = contribution(council);
            return () -> platform.bean(fr.convergences.identity.notification.Follows.class)
                    .follow(actor, fr.convergences.identity.notification.FollowedKind.CONTRIBUTION, followed);
        });
        OrganisationService organisations = platform.bean(OrganisationService.class);
        USE_CASES.put(
                Action.REGISTER_ORGANISATION,
                (actor, council) -> () -> organisations.register(
                        actor,
                        new OrganisationForm(
                                "Association " + unique(),
                                OrganisationKind.ASSOCIATION,
                                true,
                                "AG-" + unique(),
                                null)));
        USE_CASES.put(Action.JOIN_ORGANISATION, (actor, council) -> {
            long organisation = organisation(true).id();
            return () -> organisations.requestToJoin(actor, organisation);
        });
        USE_CASES.put(Action.VERIFY_ORGANISATION, (actor, council) -> {
            long organisation = organisation(false).id();
            return () -> organisations.verify(actor, organisation);
        });
        USE_CASES.put(Action.DECIDE_MEMBERSHIP, (actor, council) -> {
            long organisation = organisation(true).id();
            long requester = accounts.create("Demandeur").id();
            long request = platform.bean(MembershipRepository.class)
                    .save(new Membership(
                            null,
                            organisation,
                            requester,
                            false,
                            Membership.MembershipStatus.PENDING,
                            Instant.now(),
                            null,
                            null))
                    .id();
            return () -> organisations.decide(actor, request, true);
        });
        CollegeService colleges = platform.bean(CollegeService.class);
        MandateService mandates = platform.bean(MandateService.class);
        USE_CASES.put(
                Action.MANAGE_COLLEGES,
                (actor, council) -> () -> colleges.create(actor, council, "Collège " + unique(), null, 3));
        USE_CASES.put(Action.MANAGE_MANDATES, (actor, council) -> {
            long college = college(council).id();
            return () -> mandates.appoint(
                    actor,
                    council,
                    new MandateForm(
                            college,
                            MandateKind.TITULAR,
                            null,
                            "Nommée",
                            null,
                            LocalDate.now(),
                            LocalDate.now().plusYears(5),
                            null,
                            true));
        });
        USE_CASES.put(Action.INVITE_MEMBER, (actor, council) -> {
            long mandate = mandate(council, MandateStatus.INVITED).id();
            return () -> mandates.invite(actor, mandate, "invitee." + unique() + "@example.org");
        });
        USE_CASES.put(Action.MANAGE_BUREAU, (actor, council) -> {
            long mandate = mandate(council, MandateStatus.ACTIVE).id();
            return () -> platform.bean(BureauService.class).assign(actor, council, mandate, BureauPosition.MEMBER);
        });
        USE_CASES.put(Action.ACCEPT_MANDATE_INVITATION, (actor, council) -> {
            long mandate = mandate(council, MandateStatus.INVITED).id();
            String token = SecretTokens.newToken();
            // Written directly: the service only mails its token, and this use case needs one the test knows.
            new TestSql(platform)
                    .update(
                            "INSERT INTO mandate_invitation (mandate_id, token_hash, expires_at) VALUES (?, ?, now() + interval '1 day')",
                            mandate,
                            SecretTokens.hash(token));
            return () -> mandates.accept(actor, token);
        });
        USE_CASES.put(
                Action.VIEW_COMPOSITION,
                (actor, council) ->
                        () -> platform.bean(CompositionService.class).composition(council));
        ConsultationService consultations = platform.bean(ConsultationService.class);
        USE_CASES.put(
                Action.OPEN_CONSULTATION,
                (actor, council) -> () -> consultations.open(
                        actor,
                        council,
                        new ConsultationForm(
                                "Consultation",
                                "Question ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS, LocalDate.now(), LocalDate.now())))));
        USE_CASES.put(Action.CONTRIBUTE, (actor, council) -> {
            long consultation = platform.bean(ConsultationRepository.class)
                    .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                    .id();
            platform.bean(PhaseRepository.class)
                    .save(new Phase(
                            null,
                            consultation,
                            PhaseKind.CONTRIBUTIONS,
                            LocalDate.now().minusDays(2),
                            LocalDate.now().plusDays(2)));
            return () -> platform.bean(ContributionService.class)
                    .submit(
                            actor,
                            consultation,
                            new ContributionForm(ContributionKind.PROPOSAL, "Titre", "Texte", Set.of(), null));
        });
        USE_CASES.put(Action.CONTRIBUTE_ON_BEHALF, (actor, council) -> {
            long consultation = openConsultation(council);
            return () -> platform.bean(MediationService.class)
                    .collect(
                            actor,
                            consultation,
                            new MediationForm(
                                    new ContributionForm(
                                            ContributionKind.NEED,
                                            "Recueillie",
                                            "Parole recueillie au marché",
                                            Set.of(),
                                            null),
                                    "Marché",
                                    null,
                                    true,
                                    null,
                                    null));
        });
        USE_CASES.put(Action.SUPPORT, (actor, council) -> {
            long contribution = contribution(council);
            return () -> platform.bean(DiscussionService.class).support(actor, contribution);
        });
        USE_CASES.put(Action.COMMENT, (actor, council) -> {
            long contribution = contribution(council);
            return () ->
                    platform.bean(DiscussionService.class).comment(actor, contribution, null, Stance.FOR, "D’accord");
        });
        USE_CASES.put(Action.ANSWER_CONTRIBUTION, (actor, council) -> {
            long contribution = contribution(council);
            return () ->
                    platform.bean(AnswerService.class).answer(actor, contribution, AnswerStatus.RETAINED, "Retenue.");
        });
        USE_CASES.put(Action.REPORT, (actor, council) -> {
            long contribution = contribution(council);
            return () -> platform.bean(ModerationService.class).report(actor, contribution, "Hors charte");
        });
        USE_CASES.put(Action.MODERATE, (actor, council) -> {
            long contribution = contribution(council);
            return () -> platform.bean(ModerationService.class).hide(actor, contribution, "Hors charte");
        });
        USE_CASES.put(Action.SUSPEND_PARTICIPANT, (actor, council) -> {
            long target = accounts.create("Personne à suspendre").id();
            return () ->
                    platform.bean(SuspensionService.class).suspend(actor, council, target, "Insultes répétées", null);
        });
        USE_CASES.put(Action.APPEAL_MODERATION, (actor, council) -> {
            // The actor's own contribution (someone else's for a visitor, who is refused before anything else), hidden
            // by a moderator.
            long contribution = contribution(
                    council, actor.isAuthenticated() ? actor : TestAccounts.actor(accounts.create("Auteur")));
            Account moderator = accounts.create("Modérateur");
            platform.bean(CouncilRoleRepository.class)
                    .save(new CouncilRoleGrant(null, moderator.id(), council, CouncilRole.MODERATOR));
            long decision = platform.bean(ModerationService.class)
                    .hide(TestAccounts.actor(moderator), contribution, "Hors charte")
                    .id();
            return () -> platform.bean(ModerationService.class)
                    .appeal(actor, decision, "Ma contribution respecte la charte.");
        });
        USE_CASES.put(Action.IMPORT_CONTRIBUTIONS, (actor, council) -> {
            long consultation = openConsultation(council);
            var imports = platform.bean(fr.convergences.contribution.exchange.ContributionImportService.class);
            byte[] csv = "titre;texte\nUn centre de santé;Ouvert le soir\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return () -> {
                try (var file = imports.receive(
                        actor, consultation, "import.csv", csv.length, new java.io.ByteArrayInputStream(csv))) {
                    imports.commit(
                            actor,
                            consultation,
                            file,
                            imports.preview(actor, consultation, file, null).mapping(),
                            fr.convergences.contribution.exchange.ImportProgress.NONE);
                }
            };
        });
        USE_CASES.put(Action.CURATE_CONVERGENCES, (actor, council) -> {
            long consultation = openConsultation(council);
            contribution(council, TestAccounts.actor(accounts.create("Auteur")));
            return () -> platform.bean(fr.convergences.convergence.ConvergenceService.class)
                    .compute(actor, consultation);
        });
        USE_CASES.put(Action.ORGANISE_DEBATE, (actor, council) -> {
            long consultation = openConsultation(council);
            return () -> platform.bean(fr.convergences.debate.DebateService.class)
                    .create(
                            actor,
                            consultation,
                            new fr.convergences.debate.DebateForm(
                                    "Débat",
                                    "Présentation",
                                    null,
                                    LocalDate.now().plusDays(5),
                                    java.time.LocalTime.of(18, 0),
                                    java.time.LocalTime.of(20, 0),
                                    "Salle des fêtes",
                                    null,
                                    true,
                                    false,
                                    null,
                                    null,
                                    30,
                                    null,
                                    null,
                                    Set.of(),
                                    List.of("Accueil")));
        });
        USE_CASES.put(Action.MODERATE_DEBATE, (actor, council) -> {
            long debate = debate(council, null, fr.convergences.debate.DebateStatus.PENDING, false);
            return () ->
                    platform.bean(fr.convergences.debate.DebateService.class).approve(actor, debate);
        });
        USE_CASES.put(Action.REGISTER_FOR_DEBATE, (actor, council) -> {
            long debate = debate(council, null, fr.convergences.debate.DebateStatus.PUBLISHED, false);
            return () -> platform.bean(fr.convergences.debate.registration.RegistrationService.class)
                    .register(actor, debate);
        });
        // The debate is the actor's own, so that only the role decides (another organiser's debate is refused:
        // DebateServiceIT).
        USE_CASES.put(Action.MANAGE_DEBATE_REGISTRATIONS, (actor, council) -> {
            long debate = debate(council, actor, fr.convergences.debate.DebateStatus.PUBLISHED, false);
            return () -> platform.bean(fr.convergences.debate.registration.RegistrationService.class)
                    .registerOnBehalf(actor, debate, "Mme Sans E-mail", "01 02 03 04 05");
        });
        USE_CASES.put(Action.RECORD_DEBATE_OUTCOME, (actor, council) -> {
            long debate = debate(council, actor, fr.convergences.debate.DebateStatus.PUBLISHED, true);
            return () -> platform.bean(fr.convergences.debate.outcome.DebateOutcomeService.class)
                    .recordAttendance(actor, debate, new fr.convergences.debate.Attendance(12, Map.of(), Map.of()));
        });
        USE_CASES.put(Action.ISSUE_PAPER_FORMS, (actor, council) -> {
            long consultation = openConsultation(council);
            return () -> platform.bean(fr.convergences.debate.paperform.PaperForms.class)
                    .issue(actor, consultation, 3);
        });
        USE_CASES.put(
                Action.DELETE_OWN_ACCOUNT,
                (actor, council) -> () -> profiles.deleteAccount(actor, TestAccounts.PASSWORD));
        motionUseCases();
    }

    /**
     * Motions, sittings and votes. A MEMBER of the own council (a test membership) gets a real seat there,
     * so that the allowed call goes through the whole use case; ballots still being chained are sealed
     * before each snapshot, so that the background sealer never changes the tables during a comparison.
     */
    private static void motionUseCases() {
        var motions = platform.bean(fr.convergences.motion.application.MotionService.class);
        var sittings = platform.bean(fr.convergences.motion.application.SittingService.class);
        var sessions = platform.bean(fr.convergences.motion.application.VotingSessionService.class);
        var ballots = platform.bean(fr.convergences.motion.application.BallotService.class);
        USE_CASES.put(
                Action.DRAFT_MOTION, (actor, council) -> settled(() -> motions.draft(actor, council, motionForm())));
        USE_CASES.put(
                Action.CONVENE_SITTING,
                (actor, council) -> settled(() -> sittings.convene(actor, council, sittingForm())));
        USE_CASES.put(Action.RECORD_ATTENDANCE, (actor, council) -> {
            long sitting = sitting(council);
            long mandate = seat(council, accounts.create("Membre present").id()).id();
            return settled(() -> sittings.checkIn(actor, sitting, mandate));
        });
        USE_CASES.put(Action.RUN_VOTING_SESSION, (actor, council) -> {
            long motion = motion(council, fr.convergences.motion.model.MotionStatus.PUBLISHED);
            return settled(() -> sessions.plan(
                    actor,
                    motion,
                    fr.convergences.motion.application.SessionForm.online(
                            fr.convergences.motion.model.BallotKind.ROLL_CALL,
                            fr.convergences.motion.model.VotingMethod.FOR_AGAINST,
                            null)));
        });
        USE_CASES.put(Action.RECORD_ARS_FOLLOW_UP, (actor, council) -> {
            long motion = motion(council, fr.convergences.motion.model.MotionStatus.ADOPTED);
            return settled(() -> platform.bean(fr.convergences.motion.application.ArsFollowUpService.class)
                    .recordSending(actor, motion, LocalDate.now(), null));
        });
        USE_CASES.put(Action.DECLARE_ABSENCE, (actor, council) -> {
            long sitting = sitting(council);
            seatIfMember(actor, council);
            return settled(() -> sittings.declareAbsence(actor, sitting));
        });
        USE_CASES.put(Action.GIVE_PROXY, (actor, council) -> {
            long sitting = sitting(council);
            seatIfMember(actor, council);
            long holder = accounts.create("Mandataire").id();
            seat(council, holder);
            return settled(() -> sittings.giveProxy(actor, sitting, holder));
        });
        USE_CASES.put(Action.REVOKE_PROXY, (actor, council) -> {
            long sitting = sitting(council);
            long holder = accounts.create("Mandataire").id();
            seat(council, holder);
            if (seatIfMember(actor, council) != null) {
                sittings.giveProxy(actor, sitting, holder);
            }
            return settled(() -> sittings.revokeProxy(actor, sitting));
        });
        USE_CASES.put(Action.JOIN_SITTING, (actor, council) -> {
            long sitting = sitting(council);
            seatIfMember(actor, council);
            return settled(() -> sittings.join(actor, sitting));
        });
        USE_CASES.put(Action.DECLARE_INTEREST, (actor, council) -> {
            long motion = motion(council, fr.convergences.motion.model.MotionStatus.PUBLISHED);
            seatIfMember(actor, council);
            return settled(() -> motions.declareInterest(actor, motion, "Je préside l’association concernée."));
        });
        USE_CASES.put(Action.TABLE_MOTION, (actor, council) -> {
            seatIfMember(actor, council);
            return settled(() -> motions.table(actor, council, motionForm(), null));
        });
        USE_CASES.put(Action.CAST_BALLOT, (actor, council) -> {
            long motion = motion(council, fr.convergences.motion.model.MotionStatus.PUBLISHED);
            Mandate mine = seatIfMember(actor, council);
            long seat = mine != null
                    ? mine.id()
                    : seat(council, accounts.create("Votant").id()).id();
            Account secretariat = accounts.create("Secrétariat");
            platform.bean(CouncilRoleRepository.class)
                    .save(new CouncilRoleGrant(null, secretariat.id(), council, CouncilRole.COUNCIL_ADMIN));
            Actor admin = TestAccounts.actor(secretariat);
            long session = sessions.open(
                            admin,
                            sessions.plan(
                                            admin,
                                            motion,
                                            fr.convergences.motion.application.SessionForm.online(
                                                    fr.convergences.motion.model.BallotKind.ROLL_CALL,
                                                    fr.convergences.motion.model.VotingMethod.FOR_AGAINST,
                                                    null))
                                    .id())
                    .id();
            return settled(() -> ballots.cast(
                    actor,
                    session,
                    seat,
                    new fr.convergences.motion.model.BallotChoice.ForAgainst(fr.convergences.motion.model.Vote.FOR)));
        });
        // Letters for people met offline: an organisation's are its administrators' only (no council role grants them).
        USE_CASES.put(Action.PRINT_ORGANISATION_LETTERS, (actor, council) -> {
            long organisation = organisation(true).id();
            return () -> platform.bean(fr.convergences.project.letter.OfflineLetters.class)
                    .forOrganisation(actor, organisation);
        });
        USE_CASES.put(
                Action.PRINT_OWN_LETTERS,
                (actor, council) -> () -> platform.bean(fr.convergences.project.letter.OfflineLetters.class)
                        .forVolunteer(actor));
        // An action of the council's projet, carried by the organisation the actor administers (an ACTION_OWNER) or by
        // another.
        USE_CASES.put(Action.RECORD_ACTION_PROGRESS, (actor, council) -> {
            long action =
                    projectAction(council, actor.isAuthenticated() ? OWNED_ORGANISATIONS.get(actor.accountId()) : null);
            return () -> platform.bean(fr.convergences.project.ActionService.class)
                    .logProgress(actor, action, LocalDate.now(), "Première réunion tenue.");
        });
        // A regional synthesis over this council's consultation and a third council's, where the actor moderates too:
        // only the role in the council acted on (or being a platform admin) decides. The draft is a platform admin's.
        USE_CASES.put(Action.EDIT_REGIONAL_SYNTHESIS, (actor, council) -> {
            long third = new TestCouncils(platform).create().id();
            if (actor.isAuthenticated()) {
                platform.bean(CouncilRoleRepository.class)
                        .save(new CouncilRoleGrant(null, actor.accountId(), third, CouncilRole.MODERATOR));
            }
            var regional = platform.bean(fr.convergences.convergence.RegionalSynthesisService.class);
            long draft = regional.create(
                    TestAccounts.actor(accounts.createPlatformAdmin("Rédactrice régionale")),
                    new fr.convergences.convergence.RegionalSynthesisService.Draft(
                            List.of(openConsultation(council), openConsultation(third)),
                            "Synthèse régionale",
                            "",
                            Map.of()));
            return () -> regional.publish(actor, draft);
        });
        // The voting rules of the council's règlement intérieur (issue 14): proxies per holder and the secrecy
        // threshold k.
        USE_CASES.put(
                Action.SET_VOTING_RULES,
                (actor, council) -> () -> platform.bean(fr.convergences.motion.application.VotingRulesService.class)
                        .change(actor, council, 2, 7));
    }

    /** Seals pending chain events now, then returns the call. */
    private static Runnable settled(Runnable call) {
        platform.bean(fr.convergences.motion.application.VotingBackground.class).sealAll();
        return call;
    }

    private static fr.convergences.motion.application.MotionForm motionForm() {
        return new fr.convergences.motion.application.MotionForm(
                null,
                fr.convergences.motion.model.MotionKind.AVIS,
                "Avis",
                "Texte",
                "Motifs",
                List.of(),
                List.of(),
                Set.of(),
                Set.of());
    }

    private static fr.convergences.motion.application.SittingForm sittingForm() {
        return new fr.convergences.motion.application.SittingForm(
                "Séance",
                fr.convergences.motion.model.SittingMode.HYBRID,
                "Évry",
                "https://visio.example.org/s",
                java.time.LocalDateTime.now().plusDays(10),
                5,
                List.of());
    }

    private static long sitting(long council) {
        return platform.bean(fr.convergences.motion.infrastructure.SittingRepository.class)
                .save(new fr.convergences.motion.model.Sitting(
                        null,
                        council,
                        "Séance",
                        fr.convergences.motion.model.SittingMode.HYBRID,
                        "Évry",
                        "https://visio.example.org/s",
                        Instant.now().plusSeconds(86_400),
                        0,
                        fr.convergences.motion.model.Sitting.Status.CONVENED,
                        accounts.create("Convocateur").id(),
                        Instant.now(),
                        Instant.now(),
                        null))
                .id();
    }

    private static long motion(long council, fr.convergences.motion.model.MotionStatus status) {
        return platform.bean(fr.convergences.motion.infrastructure.MotionRepository.class)
                .save(new fr.convergences.motion.model.Motion(
                        null,
                        council,
                        null,
                        fr.convergences.motion.model.MotionKind.AVIS,
                        "Avis",
                        "Texte",
                        "Motifs",
                        status,
                        null,
                        accounts.create("Rédactrice").id(),
                        Instant.now(),
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /** An active titular seat with voting right in the council, held by the account. */
    private static Mandate seat(long council, long account) {
        return platform.bean(MandateRepository.class)
                .save(new Mandate(
                        null,
                        council,
                        college(council).id(),
                        MandateKind.TITULAR,
                        1,
                        null,
                        "Titulaire",
                        null,
                        account,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusYears(5),
                        null,
                        true,
                        MandateStatus.ACTIVE,
                        null,
                        null,
                        null));
    }

    /** A real seat for a test MEMBER acting in their own council; nothing for anyone else. */
    private static Mandate seatIfMember(Actor actor, long council) {
        if (council == ownCouncil
                && actor.isAuthenticated()
                && platform.bean(Permissions.class).rolesIn(actor, ownCouncil).contains(CouncilRole.MEMBER)) {
            return seat(council, actor.accountId());
        }
        return null;
    }

    @AfterAll
    static void stopWatching() {
        changes.close();
    }

    @ParameterizedTest(name = "{0} → {1} in {2} council: {3}")
    @CsvFileSource(resources = "/authorisation-matrix.csv", numLinesToSkip = 1)
    void each_call_is_allowed_or_refused_exactly_as_specified(
            String role, Action action, String council, String expected) {
        Actor actor = actorWithRoleInOwnCouncil(role);
        long target = "own".equals(council) ? ownCouncil : otherCouncil;
        Permissions permissions = platform.bean(Permissions.class);
        Runnable call = USE_CASES
                .getOrDefault(action, (a, c) -> () -> permissions.require(a, action, c))
                .prepare(actor, target);
        changes.reset();

        boolean allowed;
        try {
            call.run();
            allowed = true;
        } catch (AccessDeniedException refused) {
            allowed = false;
        }

        assertThat(allowed ? "allow" : "deny").isEqualTo(expected);
        if (!allowed) {
            assertThat(changes.written()).as("tables written by a refused call").isEmpty();
        }
    }

    private static Actor actorWithRoleInOwnCouncil(String role) {
        if ("ANONYMOUS".equals(role)) {
            return Actor.ANONYMOUS;
        }
        if ("PLATFORM_ADMIN".equals(role)) {
            return TestAccounts.actor(accounts.createPlatformAdmin("Admin plateforme"));
        }
        Account account = accounts.create("Rôle " + role);
        switch (role) {
            case "PARTICIPANT" -> {}
            case "ACTION_OWNER" -> {
                long organisation = organisation(true).id();
                platform.bean(MembershipRepository.class)
                        .save(new Membership(
                                null,
                                organisation,
                                account.id(),
                                true,
                                Membership.MembershipStatus.APPROVED,
                                Instant.now(),
                                Instant.now(),
                                null));
                OWNED_ORGANISATIONS.put(account.id(), organisation);
            }
            case "MEMBER" -> platform.bean(TestMandates.class).makeMember(account.id(), ownCouncil);
            default ->
                platform.bean(CouncilRoleRepository.class)
                        .save(new CouncilRoleGrant(null, account.id(), ownCouncil, CouncilRole.valueOf(role)));
        }
        return TestAccounts.actor(account);
    }

    /** A consultation of the council whose contributions phase is open. */
    private static long openConsultation(long council) {
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(2),
                        LocalDate.now().plusDays(2)));
        return consultation;
    }

    /** A contribution by someone else, in a consultation of the council whose contributions phase is open. */
    private static long contribution(long council) {
        return contribution(council, TestAccounts.actor(accounts.create("Auteur")));
    }

    private static long contribution(long council, Actor author) {
        long consultation = openConsultation(council);
        return platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(ContributionKind.NEED, "Besoin", "Texte", Set.of(), null))
                .id();
    }

    /** A debate of the council, organised by the actor (or by someone else), to come or held three hours ago. */
    private static long debate(
            long council, Actor organiser, fr.convergences.debate.DebateStatus status, boolean held) {
        long consultation = openConsultation(council);
        long organiserId = organiser != null && organiser.isAuthenticated()
                ? organiser.accountId()
                : accounts.create("Organisatrice").id();
        Instant start = held
                ? Instant.now().minus(java.time.Duration.ofHours(3))
                : Instant.now().plus(java.time.Duration.ofDays(5));
        return platform.bean(fr.convergences.debate.DebateRepository.class)
                .save(new fr.convergences.debate.Debate(
                        null,
                        consultation,
                        council,
                        organiserId,
                        null,
                        "Débat",
                        "Présentation",
                        start,
                        start.plus(java.time.Duration.ofHours(2)),
                        "Salle",
                        null,
                        false,
                        false,
                        null,
                        null,
                        20,
                        fr.convergences.debate.Audience.OPEN,
                        null,
                        status,
                        Instant.now(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    /** An action of the council's projet (opened if need be), carried by that organisation or by a new one. */
    private static long projectAction(long council, Long owner) {
        var projects = platform.bean(fr.convergences.project.HealthProjectRepository.class);
        long project = projects.findByCouncilId(council)
                .orElseGet(() -> projects.save(new fr.convergences.project.HealthProject(
                        null,
                        council,
                        "Projet territorial",
                        accounts.create("Rédacteur du projet").id(),
                        Instant.now(),
                        null)))
                .id();
        var axes = platform.bean(fr.convergences.project.AxisRepository.class);
        long axis = axes.save(new fr.convergences.project.Axis(
                        null,
                        project,
                        axes.findByProjectIdOrderByPosition(project).size() + 1,
                        "Axe " + unique(),
                        ""))
                .id();
        return platform.bean(fr.convergences.project.ProjectActionRepository.class)
                .save(new fr.convergences.project.ProjectAction(
                        null,
                        axis,
                        "Action " + unique(),
                        "Texte",
                        owner != null ? owner : organisation(true).id(),
                        LocalDate.now().minusDays(10),
                        LocalDate.now().plusYears(1),
                        null,
                        fr.convergences.project.ActionStatus.PLANNED,
                        null,
                        accounts.create("Auteur de l’action").id(),
                        Instant.now(),
                        null))
                .id();
    }

    private static College college(long council) {
        return platform.bean(CollegeRepository.class)
                .save(new College(null, council, "Collège " + unique(), null, 10, 1));
    }

    private static Mandate mandate(long council, MandateStatus status) {
        return platform.bean(MandateRepository.class)
                .save(new Mandate(
                        null,
                        council,
                        college(council).id(),
                        MandateKind.TITULAR,
                        1,
                        null,
                        "Titulaire",
                        null,
                        null,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusYears(5),
                        null,
                        true,
                        status,
                        null,
                        null,
                        null));
    }

    private static Organisation organisation(boolean verified) {
        return platform.bean(OrganisationRepository.class)
                .save(new Organisation(
                        null,
                        "Organisation " + unique(),
                        OrganisationKind.CPTS,
                        false,
                        null,
                        null,
                        verified,
                        Instant.now()));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
