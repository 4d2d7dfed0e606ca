package fr.convergences.motion.application;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.operations.Measured;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.motion.infrastructure.BallotBoxKeys;
import fr.convergences.motion.infrastructure.BallotStore;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MotionOptionRepository;
import fr.convergences.motion.infrastructure.SessionLocks;
import fr.convergences.motion.infrastructure.SittingStore;
import fr.convergences.motion.infrastructure.VotingEvents;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.BallotPadding;
import fr.convergences.motion.model.Capacity;
import fr.convergences.motion.model.ChainPayload;
import fr.convergences.motion.model.EligibilityPolicy;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.RankedBallotPolicy;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Casting a ballot, in one short transaction that holds its session's lock shared: casts never wait for
 * each other, and a close waits for those in flight. Roll-call ballots can be changed until close (one row
 * per seat: two clicks or two devices make one ballot); a secret ballot is final, and its voter gets a
 * receipt code, which is stored only inside the sealed ballot.
 */
@Singleton
public class BallotService {

    /** Refusals that mean the person is away from the sitting by their own declaration. */
    private static final java.util.Set<String> AWAY =
            java.util.Set.of("motion.ballot.proxyGiven", "motion.ballot.declaredAbsent");

    /** What a cast returns: the receipt code of a secret ballot (null for roll-call), and whether an earlier ballot was changed. */
    public record Cast(@Nullable String receipt, boolean changed, Capacity capacity) {}

    private final VotingSessionRepository sessions;
    private final MotionOptionRepository options;
    private final BallotStore ballots;
    private final BallotBoxKeys keys;
    private final VotingEvents events;
    private final SessionLocks locks;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final SittingStore sittingStore;
    private final Clock clock;
    private final Map<Long, List<Long>> optionsBySession = new java.util.concurrent.ConcurrentHashMap<>();
    private final io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;
    private final java.util.concurrent.Semaphore admission;

    public BallotService(
            VotingSessionRepository sessions,
            MotionOptionRepository options,
            BallotStore ballots,
            BallotBoxKeys keys,
            VotingEvents events,
            SessionLocks locks,
            CouncilZones zones,
            Permissions permissions,
            SittingStore sittingStore,
            Clock clock,
            io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions,
            @io.micronaut.context.annotation.Value("${datasources.default.maximum-pool-size:10}") int poolSize) {
        this.sessions = sessions;
        this.options = options;
        this.ballots = ballots;
        this.keys = keys;
        this.events = events;
        this.locks = locks;
        this.zones = zones;
        this.permissions = permissions;
        this.sittingStore = sittingStore;
        this.clock = clock;
        this.transactions = transactions;
        // Leave a connection or two to the sealer, the pages and the close.
        this.admission = new java.util.concurrent.Semaphore(Math.max(1, poolSize - 2), true);
    }

    /**
     * Casts, changes or refuses. Casts wait their turn in a fair (first come, first served) queue sized to
     * the connection pool before their transaction starts: under a rush (a resident-wide vote), a voter
     * waits behind the voters who came before, never behind the luck of the pool's hand-offs, which keeps the
     * slowest casts close to the median.
     */
    @Measured("convergences.ballot.casts")
    public Cast cast(Actor actor, long sessionId, long seatMandateId, BallotChoice choice) {
        try {
            admission.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to cast", e);
        }
        try {
            return transactions.executeWrite(status -> castNow(actor, sessionId, seatMandateId, choice));
        } finally {
            admission.release();
        }
    }

    /**
     * Casts, changes or refuses within a transaction the caller has opened and will commit: for a caller that commits
     * several voters' casts together and answers each only after that commit (an application-level group commit,
     * measured side by side in VotingBenchmark). A refusal throws; the caller rolls back to a savepoint taken before
     * the call, so that it does not fail the neighbours' casts. Package-private: only the benchmark's GroupCommitter,
     * in this package among the tests, uses it; a production caller goes through {@link #cast} and its admission queue.
     */
    Cast castInOpenTransaction(Actor actor, long sessionId, long seatMandateId, BallotChoice choice) {
        return castNow(actor, sessionId, seatMandateId, choice);
    }

    private Cast castNow(Actor actor, long sessionId, long seatMandateId, BallotChoice choice) {
        // The shared lock first, then one read: the close takes the lock exclusively, so the state read here holds
        // until this cast commits (a cast never lands in a closed session), without reading the session twice.
        locks.shared(sessionId);
        VotingSession session =
                sessions.findById(sessionId).orElseThrow(() -> new UserFacingException("motion.session.unknown"));
        permissions.require(actor, Action.CAST_BALLOT, session.councilId());
        long voter =
                Objects.requireNonNull(actor.accountId(), "casting a ballot is permitted to signed-in members only");
        Instant now = clock.instant();
        if (!session.acceptsBallotsAt(now)) {
            throw new UserFacingException(
                    session.status() == VotingSession.Status.PLANNED
                            ? "motion.ballot.notOpenYet"
                            : "motion.ballot.closed");
        }
        String text = validChoice(session, choice);
        BallotStore.SeatInSession seat = ballots.situation(
                sessionId,
                session.sittingId(),
                session.motionId(),
                seatMandateId,
                actor.accountId(),
                zones.today(session.councilId()));
        Capacity capacity = EligibilityPolicy.capacity(
                actor.accountId(), seat.situation()); // refuses a seat outside the electorate
        long college =
                Objects.requireNonNull(seat.collegeId(), "a seat the eligibility policy accepts is in the electorate");
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            boolean changed =
                    ballots.castRollCall(sessionId, seatMandateId, college, actor.accountId(), capacity, text, now);
            events.appendPending(
                    sessionId,
                    changed
                            ? new ChainPayload.Changed(seatMandateId, college, voter, capacity, text)
                            : new ChainPayload.Cast(seatMandateId, college, voter, capacity, text),
                    voter);
            return new Cast(null, changed, capacity);
        }
        if (!ballots.register(sessionId, seatMandateId, actor.accountId(), capacity)) {
            throw new UserFacingException("motion.ballot.secretFinal");
        }
        String receipt = PublishedBallot.newReceipt();
        int padded = BallotPadding.length(session.method(), knownOptions(session));
        ballots.dropInPool(sessionId, keys.sealBallot(sessionId, receipt + ";" + college + ";" + text, padded));
        // The secret cast's link names the seat, never the choice.
        events.appendPending(sessionId, new ChainPayload.Cast(seatMandateId, college, voter, capacity, null), voter);
        return new Cast(receipt, false, capacity);
    }

    /** The seats the person may vote for in the session, each with where it stands; empty for non-members. */
    @Transactional(readOnly = true)
    public BallotPanel panel(Actor actor, long sessionId) {
        VotingSession session =
                sessions.findById(sessionId).orElseThrow(() -> new UserFacingException("motion.session.unknown"));
        if (!actor.isAuthenticated() || !permissions.allows(actor, Action.CAST_BALLOT, session.councilId())) {
            return new BallotPanel(session, List.of(), false, false, session.sittingId(), false);
        }
        LocalDate day = zones.today(session.councilId());
        List<BallotPanel.SeatBallot> seats = new ArrayList<>();
        Map<Long, Object[]> register =
                session.ballotKind() == BallotKind.SECRET ? ballots.register(sessionId) : Map.of();
        for (BallotStore.VotableSeat seat :
                ballots.votableSeats(sessionId, session.sittingId(), actor.accountId(), day)) {
            String refusal = null;
            try {
                EligibilityPolicy.capacity(
                        actor.accountId(),
                        ballots.situation(
                                        sessionId,
                                        session.sittingId(),
                                        session.motionId(),
                                        seat.seatMandateId(),
                                        actor.accountId(),
                                        day)
                                .situation());
            } catch (UserFacingException refused) {
                refusal = refused.messageKey();
            }
            String current = session.ballotKind() == BallotKind.ROLL_CALL
                    ? ballots.rollCall(sessionId, seat.seatMandateId())
                            .map(BallotStore.RollCall::choice)
                            .orElse(null)
                    : null;
            seats.add(new BallotPanel.SeatBallot(
                    seat.seatMandateId(),
                    seat.personName(),
                    seat.capacity(),
                    current,
                    register.containsKey(seat.seatMandateId()),
                    refusal));
        }
        boolean mustJoin = seats.stream().anyMatch(seat -> "motion.ballot.notPresent".equals(seat.refusalKey()));
        // A member who gave a proxy or declared absence would be refused on joining: the seat's own refusal says why
        // instead.
        boolean away = seats.stream().anyMatch(seat -> seat.refusalKey() != null && AWAY.contains(seat.refusalKey()));
        boolean canJoin =
                mustJoin && !away && session.sittingId() != null && sittingStore.joinableOnline(session.sittingId());
        boolean consultative = seats.isEmpty() && ballots.consultativeOnly(session.councilId(), actor.accountId(), day);
        return new BallotPanel(session, seats, mustJoin, canJoin, session.sittingId(), consultative);
    }

    /** Looks a receipt up in the published list of a closed secret session. */
    @Transactional(readOnly = true)
    public Optional<PublishedBallot> findReceipt(long sessionId, String typed) {
        String receipt = PublishedBallot.normalise(typed);
        return ballots.published(sessionId).stream()
                .filter(ballot -> ballot.receipt().equals(receipt))
                .findFirst();
    }

    private List<Long> knownOptions(VotingSession session) {
        return optionsBySession.computeIfAbsent(
                session.id(),
                id -> options.findByMotionIdOrderByPosition(session.motionId()).stream()
                        .map(MotionOption::id)
                        .toList());
    }

    private String validChoice(VotingSession session, BallotChoice choice) {
        if (choice == null) {
            throw new UserFacingException("motion.ballot.choiceRequired");
        }
        List<Long> known = knownOptions(session);
        switch (choice) {
            case BallotChoice.ForAgainst ignored
            when session.method() == fr.convergences.motion.model.VotingMethod.FOR_AGAINST -> {}
            case BallotChoice.Approval approval
            when session.method() == fr.convergences.motion.model.VotingMethod.APPROVAL -> {
                if (!known.containsAll(approval.options())) {
                    throw new UserFacingException("motion.ballot.unknownOption");
                }
            }
            case BallotChoice.Ranking ranking
            when session.method() == fr.convergences.motion.model.VotingMethod.RANKED ->
                RankedBallotPolicy.check(ranking, known);
            default -> throw new UserFacingException("motion.ballot.wrongMethod");
        }
        String text = choice.encode();
        if (text.length() > BallotChoice.MAX_LENGTH) {
            throw new UserFacingException("motion.ballot.wrongMethod");
        }
        return text;
    }
}
