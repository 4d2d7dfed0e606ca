package fr.convergences.motion.entry;

import fr.convergences.base.StoredId;
import fr.convergences.base.demo.DemoData;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.infrastructure.MotionDemoStore;
import fr.convergences.motion.infrastructure.MotionDemoStore.VotingTitular;
import fr.convergences.motion.model.ArsReplyKind;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo council's decisions: a past plenary sitting that adopted an avis by roll-call (a substitute
 * sitting for an absent titular, a proxy, per-college results, minutes, sent to the agency), and an open
 * online secret vote that a newcomer can try as membre@demo.convergences.fr. Built through the services,
 * so the chain, the audit log and the contributions' answers are what real use would leave.
 */
@Singleton
public class MotionDemoData implements DemoData {

    private final MotionService motions;
    private final SittingService sittings;
    private final VotingSessionService sessions;
    private final BallotService ballots;
    private final ArsFollowUpService followUp;
    private final AccountRepository accounts;
    private final MotionDemoStore store;
    private final Clock clock;

    public MotionDemoData(
            MotionService motions,
            SittingService sittings,
            VotingSessionService sessions,
            BallotService ballots,
            ArsFollowUpService followUp,
            AccountRepository accounts,
            MotionDemoStore store,
            Clock clock) {
        this.motions = motions;
        this.followUp = followUp;
        this.sittings = sittings;
        this.sessions = sessions;
        this.ballots = ballots;
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional
    public void load() {
        Long council = store.demoCouncilWithoutMotions("cts-essonne").orElse(null);
        if (council == null) {
            return;
        }
        Actor admin = Actor.account(StoredId.of(accounts.findByEmailIgnoringCase("admin@demo.convergences.fr")
                .orElseThrow()
                .id()));
        Long consultation = store.firstConsultation(council).orElse(null);
        // The one demo contribution about the emergency room was collected offline (its volunteer hands on the letter),
        // so the avis also answers two residents' contributions about doctors and hospitals: people with an account to
        // be told.
        Set<Long> answered = consultation == null ? Set.of() : store.contributionsAnswered(consultation);
        List<VotingTitular> seats = store.votingTitulars(council);
        pastSitting(admin, council, consultation, answered, seats);
        openSecretVote(admin, council, seats);
    }

    private void pastSitting(
            Actor admin, long council, @Nullable Long consultation, Set<Long> answered, List<VotingTitular> seats) {
        Motion avis = motions.publish(
                admin,
                motions.draft(
                                admin,
                                council,
                                new MotionForm(
                                        consultation,
                                        MotionKind.AVIS,
                                        "Avis sur l’organisation des soins non programmés en Essonne",
                                        "Le conseil territorial de santé de l’Essonne **émet un avis favorable** au projet de l’ARS d’organiser un service d’accès aux "
                                                + "soins (SAS) couvrant tout le département, sous réserve :\n\n- d’une régulation joignable 24 h sur 24 ;\n"
                                                + "- de consultations non programmées dans chaque CPTS, le soir et le samedi ;\n- d’un bilan public à un an.",
                                        "Les habitants disent, dans la concertation, attendre des heures aux urgences faute de médecin disponible le soir. "
                                                + "Les professionnels des CPTS sont prêts à s’organiser si la régulation est commune.",
                                        List.of(),
                                        List.of(
                                                new MotionForm.AttachmentLink(
                                                        "Projet régional de santé Île-de-France",
                                                        "https://www.iledefrance.ars.sante.fr/le-projet-regional-de-sante-2023-2028")),
                                        answered,
                                        Set.of()))
                        .storedId());
        Sitting sitting = sittings.convene(
                admin,
                council,
                new SittingForm(
                        "Séance plénière d’automne",
                        SittingMode.HYBRID,
                        "Hôtel du Département, Évry-Courcouronnes",
                        "https://visio.example.org/cts-essonne",
                        LocalDateTime.now(clock).plusHours(2),
                        15,
                        List.of(avis.storedId()),
                        "Avis demandé par l’ARS sous huit jours sur le service d’accès aux soins."));
        // The second titular is absent: their substitute sits; the fifth gives a proxy to the sixth; the others join.
        for (int i = 0; i < seats.size(); i++) {
            Actor member = Actor.account(seats.get(i).accountId());
            if (i == 1 && seats.get(i).hasSubstitute()) {
                sittings.declareAbsence(member, sitting.storedId());
                sittings.join(Actor.account(store.substituteAccount(seats.get(i).mandateId())), sitting.storedId());
            } else if (i == 4 && !seats.get(i).hasSubstitute() && seats.size() > 5) {
                sittings.giveProxy(member, sitting.storedId(), seats.get(5).accountId());
            } else if (i != seats.size() - 1) {
                sittings.join(member, sitting.storedId());
            }
        }
        // The sitting is under way (its vote opens only once it has started, SittingTimePolicy); it is dated three
        // weeks back below.
        store.startSittingAt(sitting.storedId(), clock.instant().minusSeconds(60));
        VotingSession session = sessions.open(
                admin,
                sessions.plan(
                                admin,
                                avis.storedId(),
                                SessionForm.inSitting(
                                        sitting.storedId(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST))
                        .storedId());
        for (int i = 0; i < seats.size() - 1; i++) {
            long seat = seats.get(i).mandateId();
            Vote vote = i % 7 == 3 ? Vote.AGAINST : i % 5 == 2 ? Vote.ABSTAIN : Vote.FOR;
            long voter = i == 1 && seats.get(i).hasSubstitute()
                    ? store.substituteAccount(seat)
                    : i == 4 && !seats.get(i).hasSubstitute() && seats.size() > 5
                            ? seats.get(5).accountId()
                            : seats.get(i).accountId();
            ballots.cast(Actor.account(voter), session.storedId(), seat, new BallotChoice.ForAgainst(vote));
        }
        sessions.close(admin, session.storedId());
        sittings.close(admin, sitting.storedId());
        followUp.recordSending(
                admin,
                avis.storedId(),
                LocalDate.now(clock),
                LocalDate.now(clock).plusMonths(2));
        followUp.recordReply(
                admin,
                avis.storedId(),
                LocalDate.now(clock),
                ArsReplyKind.PARTLY,
                "L’agence retient la régulation commune "
                        + "joignable jour et nuit et l’inscrit au projet territorial de santé ; les consultations du samedi dans chaque CPTS "
                        + "restent à l’étude faute de financement cette année.");
        // Dated in the past, as a sitting held three weeks ago (the chain and the audit log keep their real times).
        Instant held = clock.instant().minus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        store.backdate(
                sitting.storedId(),
                session.storedId(),
                avis.storedId(),
                held,
                held.minus(15, ChronoUnit.DAYS),
                held.plus(30, ChronoUnit.MINUTES),
                held.plus(75, ChronoUnit.MINUTES),
                LocalDate.ofInstant(held, clock.getZone()).plusDays(3));
    }

    private void openSecretVote(Actor admin, long council, List<VotingTitular> seats) {
        Motion deliberation = motions.publish(
                admin,
                motions.draft(
                                admin,
                                council,
                                new MotionForm(
                                        null,
                                        MotionKind.DELIBERATION,
                                        "Délibération : tenir une séance sur deux dans le sud du département",
                                        "Le conseil tient une séance plénière sur deux à Étampes, afin que les membres et le public du sud de l’Essonne y assistent plus facilement.",
                                        "Les membres du sud du département parcourent plus de deux heures aller-retour pour chaque séance tenue à Évry.",
                                        List.of(),
                                        List.of(),
                                        Set.of(),
                                        Set.of()))
                        .storedId());
        VotingSession session = sessions.open(
                admin,
                sessions.plan(
                                admin,
                                deliberation.storedId(),
                                SessionForm.online(
                                        BallotKind.SECRET,
                                        VotingMethod.FOR_AGAINST,
                                        LocalDateTime.now(clock).plusDays(30).truncatedTo(ChronoUnit.HOURS)))
                        .storedId());
        Long member = accounts.findByEmailIgnoringCase("membre@demo.convergences.fr")
                .map(account -> account.id())
                .orElse(null);
        int cast = 0;
        for (VotingTitular seat : seats) {
            if (cast == 6) {
                break;
            }
            if (member != null && seat.accountId() == member) {
                continue; // left for the newcomer to try
            }
            ballots.cast(
                    Actor.account(seat.accountId()),
                    session.storedId(),
                    seat.mandateId(),
                    new BallotChoice.ForAgainst(cast % 3 == 2 ? Vote.AGAINST : Vote.FOR));
            cast++;
        }
    }
}
