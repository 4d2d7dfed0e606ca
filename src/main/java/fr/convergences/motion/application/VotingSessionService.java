package fr.convergences.motion.application;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.integrity.CanonicalJson;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.motion.infrastructure.BallotBoxKeys;
import fr.convergences.motion.infrastructure.BallotMixer;
import fr.convergences.motion.infrastructure.BallotStore;
import fr.convergences.motion.infrastructure.ChainSealer;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MotionOptionRepository;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.infrastructure.MotionStore;
import fr.convergences.motion.infrastructure.SessionLocks;
import fr.convergences.motion.infrastructure.SittingAgenda;
import fr.convergences.motion.infrastructure.SittingRepository;
import fr.convergences.motion.infrastructure.SittingRoll;
import fr.convergences.motion.infrastructure.VotingEvents;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.infrastructure.VotingSessionStore;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.ChainEvent;
import fr.convergences.motion.model.ChainPayload;
import fr.convergences.motion.model.CountedBallot;
import fr.convergences.motion.model.Electorate;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.PlanningPolicy;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.RollSeat;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingTimePolicy;
import fr.convergences.motion.model.Tally;
import fr.convergences.motion.model.TallyInput;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Voting sessions from plan to published result. Opening fixes the electorate and chains it; closing
 * waits for the casts in flight, seals the chain, counts with the named rules, publishes the secret
 * ballots sorted by receipt and destroys the ballot box key, chains the closing event (its hash is the
 * published head), decides the motion and answers the contributions it took up — all in one transaction.
 */
@Singleton
public class VotingSessionService {

    private final VotingSessionRepository sessions;
    private final MotionRepository motions;
    private final MotionOptionRepository options;
    private final SittingRepository sittings;
    private final BallotStore ballots;
    private final BallotBoxKeys keys;
    private final VotingEvents events;
    private final ChainSealer sealer;
    private final BallotMixer mixer;
    private final SessionLocks locks;
    private final SittingRoll rolls;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final NotificationOutbox notifications;
    private final AnswerService answers;
    private final I18NProvider messages;
    private final JsonMapper json;
    private final VotingSessionStore store;
    private final MotionStore motionStore;
    private final SittingAgenda agendas;
    private final Clock clock;
    private final int notifyMaxElectorate;
    private final VotingRulesService votingRules;
    private final AtomicBoolean vacuumWanted = new AtomicBoolean();

    public VotingSessionService(
            VotingSessionRepository sessions,
            MotionRepository motions,
            MotionOptionRepository options,
            SittingRepository sittings,
            BallotStore ballots,
            BallotBoxKeys keys,
            VotingEvents events,
            ChainSealer sealer,
            BallotMixer mixer,
            SessionLocks locks,
            SittingRoll rolls,
            CouncilZones zones,
            Permissions permissions,
            AuditTrail audit,
            NotificationOutbox notifications,
            AnswerService answers,
            I18NProvider messages,
            JsonMapper json,
            VotingSessionStore store,
            MotionStore motionStore,
            SittingAgenda agendas,
            VotingRulesService votingRules,
            Clock clock,
            @Value("${convergences.voting.notify-max-electorate:1000}") int notifyMaxElectorate) {
        this.sessions = sessions;
        this.motions = motions;
        this.options = options;
        this.sittings = sittings;
        this.ballots = ballots;
        this.keys = keys;
        this.events = events;
        this.sealer = sealer;
        this.mixer = mixer;
        this.locks = locks;
        this.rolls = rolls;
        this.zones = zones;
        this.permissions = permissions;
        this.audit = audit;
        this.notifications = notifications;
        this.answers = answers;
        this.messages = messages;
        this.json = json;
        this.store = store;
        this.motionStore = motionStore;
        this.agendas = agendas;
        this.clock = clock;
        this.notifyMaxElectorate = notifyMaxElectorate;
        this.votingRules = votingRules;
    }

    @Transactional
    public VotingSession plan(Actor actor, long motionId, SessionForm form) {
        Motion motion = motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
        permissions.require(actor, Action.RUN_VOTING_SESSION, motion.councilId());
        List<VotingSession> earlier = sessions.findByMotionIdOrderById(motionId);
        Long reconvenes = form.reconvenesSessionId();
        Optional<VotingSession> reconvened = earlier.stream()
                .filter(session -> java.util.Objects.equals(session.id(), reconvenes))
                .findFirst();
        ZoneId zone = zones.zone(motion.councilId());
        Instant opensAt =
                form.opensAt() == null ? null : form.opensAt().atZone(zone).toInstant();
        Instant closesAt =
                form.closesAt() == null ? null : form.closesAt().atZone(zone).toInstant();
        PlanningPolicy.problem(new PlanningPolicy.Request(
                        motion.status() == MotionStatus.PUBLISHED,
                        motion.kind(),
                        earlier.stream().anyMatch(session -> session.status() != VotingSession.Status.CLOSED),
                        form.ballotKind(),
                        form.method(),
                        form.majority(),
                        form.tieRule(),
                        reconvenes == null || reconvened.isPresent(),
                        reconvened.map(VotingSession::outcome).orElse(null),
                        form.quorumNumerator(),
                        form.quorumDenominator(),
                        sittingFacts(form.sittingId(), motion),
                        opensAt,
                        closesAt,
                        clock.instant()))
                .ifPresent(refusal -> {
                    throw refusal.exception();
                });
        VotingSession session = sessions.save(new VotingSession(
                null,
                motionId,
                motion.councilId(),
                form.sittingId(),
                form.ballotKind(),
                form.method(),
                form.majority(),
                form.doubleMajority(),
                form.tieRule(),
                form.quorumNumerator(),
                form.quorumDenominator(),
                reconvenes,
                opensAt,
                closesAt,
                VotingSession.Status.PLANNED,
                null,
                null,
                actor.accountId(),
                clock.instant(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        audit.record(new AuditEvent(
                actor,
                motion.councilId(),
                "motion.session.plan",
                "voting_session",
                String.valueOf(session.id()),
                Map.of(),
                ChainPayload.Rules.of(session).toMap()));
        return session;
    }

    /** What the planning policy needs of the sitting a vote is planned in (reads only): null for an online vote. */
    private PlanningPolicy.@Nullable SittingFacts sittingFacts(@Nullable Long sittingId, Motion motion) {
        if (sittingId == null) {
            return null;
        }
        return sittings.findById(sittingId)
                .filter(found -> found.councilId().equals(motion.councilId()))
                .map(sitting -> PlanningPolicy.SittingFacts.of(
                        sitting.status() == Sitting.Status.CONVENED,
                        agendas.holds(StoredId.of(sitting.id()), StoredId.of(motion.id())),
                        sitting.startsAt()))
                .orElse(PlanningPolicy.SittingFacts.UNKNOWN);
    }

    @Transactional
    public VotingSession open(Actor actor, long sessionId) {
        VotingSession session = find(sessionId);
        permissions.require(actor, Action.RUN_VOTING_SESSION, session.councilId());
        return openNow(sessionId, actor);
    }

    /** Opens the sessions whose opening time has come (background work), each on behalf of who planned it. */
    @Transactional
    public int openDue() {
        // A vote planned in a sitting waits for the sitting's start even when its own time has come
        // (SittingTimePolicy).
        List<VotingSession> due = sessions.findOpeningDue(clock.instant()).stream()
                .filter(session -> sittingTimeProblem(session).isEmpty())
                .toList();
        due.forEach(session -> openNow(StoredId.of(session.id()), Actor.account(session.createdBy())));
        return due.size();
    }

    private VotingSession openNow(long sessionId, Actor actor) {
        locks.exclusive(sessionId);
        VotingSession session = find(sessionId);
        if (session.status() != VotingSession.Status.PLANNED) {
            throw new UserFacingException("motion.session.notPlanned");
        }
        sittingTimeProblem(session).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        List<BallotStore.Seat> electorate =
                ballots.fixElectorate(sessionId, session.councilId(), zones.today(session.councilId()));
        if (electorate.isEmpty()) {
            throw new UserFacingException("motion.session.noElectorate");
        }
        if (session.ballotKind() == BallotKind.SECRET) {
            keys.create(sessionId);
            votingRules.fixSmallGroup(sessionId, session.councilId());
        }
        ChainPayload.Opened opened = new ChainPayload.Opened(
                ChainPayload.Rules.of(session),
                options.findByMotionIdOrderByPosition(session.motionId()).stream()
                        .map(option -> StoredId.of(option.id()))
                        .toList(),
                electorateOf(electorate));
        events.appendSealed(sessionId, opened, actor.accountId());
        VotingSession updated = sessions.update(session.opened(clock.instant()));
        audit.record(new AuditEvent(
                actor,
                session.councilId(),
                "motion.session.open",
                "voting_session",
                String.valueOf(sessionId),
                Map.of(),
                Map.of("electorate", electorate.size())));
        if (!session.inSitting() && electorate.size() <= notifyMaxElectorate) {
            Motion motion = motions.findById(session.motionId()).orElseThrow();
            // Written to the outbox in this transaction and told by its background job: opening never waits for a mail
            // server.
            notifications.recordFor(
                    new OutgoingNotification(
                            "voting-session-opened:" + sessionId,
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            sessionId,
                            NotificationKind.VOTING_SESSION,
                            "motion.session.opened.title",
                            "motion.session.opened.body",
                            List.of(motion.title()),
                            "/motions/" + motion.id()),
                    electorate.stream()
                            .map(BallotStore.Seat::accountId)
                            .filter(java.util.Objects::nonNull)
                            .distinct()
                            .toList());
        }
        return updated;
    }

    @Transactional
    public VotingSession close(Actor actor, long sessionId) {
        VotingSession session = find(sessionId);
        permissions.require(actor, Action.RUN_VOTING_SESSION, session.councilId());
        return closeNow(sessionId, actor);
    }

    /** Closes the sessions whose closing time has come (background work), each on behalf of who planned it. */
    @Transactional
    public int closeDue() {
        List<VotingSession> due = sessions.findClosingDue(clock.instant());
        due.forEach(session -> closeNow(StoredId.of(session.id()), Actor.account(session.createdBy())));
        return due.size();
    }

    /**
     * Tells the members of the electorate that the result and the minutes are published (by notification, and by e-mail as
     * each chose), within the same bound as the opening notice.
     */
    private void announceResult(VotingSession closed, int electorateSize) {
        if (electorateSize > notifyMaxElectorate) {
            return;
        }
        Motion motion = motions.findById(closed.motionId()).orElseThrow();
        // Through the outbox, like the opening notice: closing never waits for a mail server.
        notifications.recordFor(
                new OutgoingNotification(
                        "voting-session-published:" + closed.id(),
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        StoredId.of(closed.id()),
                        NotificationKind.VOTING_SESSION,
                        "motion.session.published.title",
                        "motion.session.published.body."
                                + java.util.Objects.requireNonNull(closed.outcome(), "a closed session has its outcome")
                                        .name(),
                        List.of(motion.title()),
                        "/motions/" + motion.id()),
                ballots.electorate(StoredId.of(closed.id())).stream()
                        .map(BallotStore.Seat::accountId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    private static Electorate electorateOf(List<BallotStore.Seat> seats) {
        Map<Long, Long> collegeBySeat = new LinkedHashMap<>();
        seats.forEach(seat -> collegeBySeat.put(seat.seatMandateId(), seat.collegeId()));
        return new Electorate(collegeBySeat);
    }

    /** Why a vote cannot open now because of its sitting's time (none for an online vote). */
    private java.util.Optional<String> sittingTimeProblem(VotingSession session) {
        if (!session.inSitting()) {
            return java.util.Optional.empty();
        }
        Sitting sitting = sittings.findById(StoredId.of(session.sittingId())).orElseThrow();
        return SittingTimePolicy.voteOpening(sitting.status(), sitting.startsAt(), clock.instant());
    }

    private VotingSession closeNow(long sessionId, Actor actor) {
        locks.exclusive(sessionId);
        VotingSession session = find(sessionId);
        if (session.status() == VotingSession.Status.CLOSED) {
            throw new UserFacingException("motion.session.alreadyClosed");
        }
        if (session.status() != VotingSession.Status.OPEN) {
            throw new UserFacingException("motion.session.notOpen");
        }
        sealer.seal(sessionId);
        Motion motion = motions.findById(session.motionId()).orElseThrow();
        Electorate electorate = electorateOf(ballots.electorate(sessionId));
        Set<Long> recused = electorate.recusedAmong(motionStore.recusedSeats(session.motionId()));
        List<CountedBallot> counted = new ArrayList<>();
        List<PublishedBallot> published = List.of();
        Set<Long> tookPart = new TreeSet<>();
        BallotChoice presidentChoice = null;
        Long presidentSeat = presidentSeat(session.councilId());
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            for (BallotStore.RollCall ballot : ballots.rollCalls(sessionId)) {
                BallotChoice choice = BallotChoice.parse(session.method(), ballot.choice());
                counted.add(new CountedBallot(ballot.collegeId(), choice));
                tookPart.add(ballot.seatMandateId());
                if (session.tieRule() == fr.convergences.motion.model.TieRule.CASTING_VOTE
                        && Long.valueOf(ballot.seatMandateId()).equals(presidentSeat)) {
                    presidentChoice = choice;
                }
            }
        } else {
            mixer.mixAll(sessionId); // the ballots still pending join the box before it is opened
            List<PublishedBallot> opened = new ArrayList<>();
            for (byte[] sealed : ballots.box(sessionId)) {
                String[] parts = keys.openBallot(sessionId, sealed).split(";", 3);
                opened.add(new PublishedBallot(parts[0], Long.parseLong(parts[1]), parts[2]));
            }
            published = PublishedBallot.sorted(opened);
            published.forEach(ballot -> counted.add(
                    new CountedBallot(ballot.collegeId(), BallotChoice.parse(session.method(), ballot.choice()))));
            tookPart.addAll(ballots.register(sessionId).keySet());
        }
        Set<Long> attending = new TreeSet<>();
        if (session.inSitting()) {
            Sitting sitting =
                    sittings.findById(StoredId.of(session.sittingId())).orElseThrow();
            rolls
                    .roll(
                            StoredId.of(sitting.id()),
                            sitting.councilId(),
                            LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId())))
                    .stream()
                    .filter(RollSeat::presentOrRepresented)
                    .map(RollSeat::seatMandateId)
                    .forEach(attending::add);
            attending.addAll(tookPart);
        } else {
            attending.addAll(tookPart);
        }
        Set<Long> present = electorate.presentAmong(attending, recused);
        Map<Long, Integer> electorateByCollege = electorate.seatsByCollege(recused);
        List<Long> optionIds = options.findByMotionIdOrderByPosition(session.motionId()).stream()
                .map(MotionOption::id)
                .toList();
        TallyResult tally = Tally.count(new TallyInput(
                session.method(),
                session.rules(),
                optionIds,
                electorateByCollege,
                present.size(),
                counted,
                presidentChoice));
        String listHash = null;
        if (session.ballotKind() == BallotKind.SECRET) {
            ballots.publish(sessionId, published);
            listHash = PublishedBallot.listHash(published);
            keys.destroy(sessionId);
            vacuumWanted.set(true);
        }
        ChainPayload.Closed closing = new ChainPayload.Closed(
                tally,
                listHash,
                List.copyOf(present),
                List.copyOf(recused),
                session.tieRule() == fr.convergences.motion.model.TieRule.CASTING_VOTE ? presidentSeat : null);
        ChainEvent head = events.appendSealed(sessionId, closing, actor.accountId());
        VotingSession closed = sessions.update(session.closed(
                clock.instant(),
                tally.outcome(),
                tally.winningOption(),
                CanonicalJson.write(tally.toMap()),
                listHash,
                head.seq(),
                Objects.requireNonNull(head.hash(), "appendSealed returns the closing event sealed, with its hash")));
        if (tally.outcome() != Outcome.NO_QUORUM) {
            decide(actor, motion, tally);
        }
        audit.record(new AuditEvent(
                actor,
                session.councilId(),
                "motion.session.close",
                "voting_session",
                String.valueOf(sessionId),
                Map.of(),
                Map.of("outcome", tally.outcome().name(), "ballots", tally.ballots(), "head", closed.publishedHead())));
        announceResult(closed, electorate.size());
        return closed;
    }

    private void decide(Actor actor, Motion motion, TallyResult tally) {
        MotionStatus status = tally.outcome() == Outcome.ADOPTED ? MotionStatus.ADOPTED : MotionStatus.REJECTED;
        motions.update(motion.withStatus(status, tally.winningOption(), clock.instant()));
        // The answer is stored once, in French like the rest of its text: the day in French words too.
        String date = fr.convergences.base.i18n.Messages.day(
                LocalDate.now(clock.withZone(zones.zone(motion.councilId()))), Locale.FRENCH);
        String title = motion.title().length() > 150 ? motion.title().substring(0, 150) + "…" : motion.title();
        String text = messages.getTranslation(
                "motion.answer.text",
                Locale.FRENCH,
                title,
                messages.getTranslation("motion.status." + status.name(), Locale.FRENCH)
                        .toLowerCase(Locale.FRENCH),
                date);
        for (Long contribution : motionStore.answeredContributions(StoredId.of(motion.id()))) {
            // Closing at a set time acts for whoever planned the session: if they can no longer answer, the answer is
            // left as it was.
            if (answers.canAnswer(actor, contribution)) {
                answers.answer(actor, contribution, AnswerStatus.TURNED_INTO_MOTION, text);
            }
        }
    }

    /** Whether a secret ballot box was emptied since the last call (its dead rows are then vacuumed away). */
    public boolean takeVacuumWanted() {
        return vacuumWanted.getAndSet(false);
    }

    @Transactional(readOnly = true)
    public VotingSession find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new UserFacingException("motion.session.unknown"));
    }

    /** The published result of a closed session. */
    @Transactional(readOnly = true)
    public SessionResult result(long sessionId) {
        VotingSession session = find(sessionId);
        if (session.status() != VotingSession.Status.CLOSED) {
            throw new UserFacingException("motion.session.notClosed");
        }
        TallyResult tally = TallyResult.fromMap(parse(
                java.util.Objects.requireNonNull(session.resultJson(), "a closed session has its published result")));
        Map<Long, String> colleges = new HashMap<>();
        store.colleges(session.councilId()).forEach(college -> colleges.put(college.id(), college.name()));
        Map<Long, String> labels = options.findByMotionIdOrderByPosition(session.motionId()).stream()
                .collect(Collectors.toMap(MotionOption::id, MotionOption::label, (a, b) -> a, LinkedHashMap::new));
        List<SessionResult.RollCallLine> rollCall = List.of();
        List<PublishedBallot> secret = List.of();
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            rollCall = store.rollCall(sessionId).stream()
                    .map(ballot -> new SessionResult.RollCallLine(
                            ballot.seatName(),
                            ballot.college(),
                            ballot.voterName(),
                            fr.convergences.motion.model.Capacity.valueOf(ballot.capacity()),
                            ballot.choice()))
                    .toList();
        } else {
            secret = ballots.published(sessionId);
        }
        return new SessionResult(
                session,
                tally,
                colleges,
                labels,
                rollCall,
                secret,
                votingRules.smallGroupOf(sessionId, session.councilId()));
    }

    @Transactional(readOnly = true)
    public List<VotingSession> sessionsOf(long motionId) {
        return sessions.findByMotionIdOrderById(motionId);
    }

    @Transactional(readOnly = true)
    public boolean canRun(Actor actor, long councilId) {
        return permissions.allows(actor, Action.RUN_VOTING_SESSION, councilId);
    }

    @SuppressWarnings("unchecked")
    private Map<String, @Nullable Object> parse(String text) {
        try {
            return java.util.Objects.requireNonNull(
                    json.readValue(text, Map.class), "a published result is a JSON object");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Long presidentSeat(long councilId) {
        return store.presidentSeat(councilId).orElse(null);
    }

    /** For the verification: whether the method of a session uses options. */
    static boolean usesOptions(VotingMethod method) {
        return method.needsOptions();
    }
}
