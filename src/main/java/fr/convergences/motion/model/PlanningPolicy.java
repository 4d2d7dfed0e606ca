package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the secretariat may plan a voting session on a motion, and if not, why: the first rule broken, in the order a
 * secretary would fix them. The motion is published and has no vote still running; the rules are all chosen, the method
 * fits the motion (for/against or options), a casting vote only in a public ballot; a reconvened session is one of the
 * motion's; the quorum is valid, or waived only to reconvene a vote that lacked it; a vote in a sitting belongs to a
 * sitting of the council that is convened, has the motion on its agenda and holds the vote's times
 * ({@link SittingTimePolicy}); a closing time is in the future and after the opening.
 */
public final class PlanningPolicy {

    private PlanningPolicy() {}

    /** What is known of the sitting a vote is planned in: {@link #UNKNOWN} when no sitting of the motion's council has that id. */
    public record SittingFacts(
            boolean found,
            boolean convened,
            boolean motionOnAgenda,
            @Nullable Instant startsAt) {

        public static final SittingFacts UNKNOWN = new SittingFacts(false, false, false, null);

        public static SittingFacts of(boolean convened, boolean motionOnAgenda, Instant startsAt) {
            return new SittingFacts(true, convened, motionOnAgenda, startsAt);
        }
    }

    /**
     * What is known when a session is planned.
     *
     * @param anotherSessionOpen   an earlier session of the motion is not closed
     * @param reconvenesKnown      no session is reconvened, or the reconvened one is the motion's
     * @param reconvenedOutcome    the outcome of the reconvened session (null when none)
     * @param sitting              null for an online vote
     */
    public record Request(
            boolean motionPublished,
            MotionKind motionKind,
            boolean anotherSessionOpen,
            @Nullable BallotKind ballotKind,
            @Nullable VotingMethod method,
            @Nullable MajorityRule majority,
            @Nullable TieRule tieRule,
            boolean reconvenesKnown,
            @Nullable Outcome reconvenedOutcome,
            @Nullable Integer quorumNumerator,
            @Nullable Integer quorumDenominator,
            @Nullable SittingFacts sitting,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt,
            Instant now) {}

    public static Optional<Refusal> problem(Request request) {
        if (!request.motionPublished()) {
            return Refusal.of("motion.session.motionNotPublished");
        }
        if (request.anotherSessionOpen()) {
            return Refusal.of("motion.session.alreadyRunning");
        }
        if (request.ballotKind() == null
                || request.method() == null
                || request.majority() == null
                || request.tieRule() == null) {
            return Refusal.of("motion.session.rulesRequired");
        }
        if (request.method().needsOptions() != request.motionKind().hasOptions()) {
            return Refusal.of(
                    request.motionKind().hasOptions()
                            ? "motion.session.method.arbitration"
                            : "motion.session.method.forAgainst");
        }
        if (!TiePolicy.allowed(request.tieRule(), request.ballotKind())) {
            return Refusal.of("motion.session.castingVoteSecret");
        }
        if (!request.reconvenesKnown()) {
            return Refusal.of("motion.session.reconvenes.unknown");
        }
        Optional<Refusal> quorum = quorumProblem(request);
        if (quorum.isPresent()) {
            return quorum;
        }
        if (request.sitting() != null) {
            Optional<Refusal> sitting = sittingProblem(request.sitting(), request.opensAt(), request.closesAt());
            if (sitting.isPresent()) {
                return sitting;
            }
        }
        Instant closesAt = request.closesAt();
        if (closesAt != null
                && (!closesAt.isAfter(request.now())
                        || (request.opensAt() != null && !closesAt.isAfter(request.opensAt())))) {
            return Refusal.of("motion.session.window.invalid");
        }
        return Optional.empty();
    }

    /** Both terms, or neither to waive the quorum (only when reconvening a vote that lacked it). */
    private static Optional<Refusal> quorumProblem(Request request) {
        if (request.quorumNumerator() == null || request.quorumDenominator() == null) {
            return QuorumPolicy.mayWaiveQuorum(request.reconvenedOutcome())
                    ? Optional.empty()
                    : Refusal.of("motion.session.quorum.waiver");
        }
        try {
            new QuorumPolicy.Quorum(request.quorumNumerator(), request.quorumDenominator());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Refusal.of("motion.session.quorum.invalid");
        }
    }

    private static Optional<Refusal> sittingProblem(
            SittingFacts sitting, @Nullable Instant opensAt, @Nullable Instant closesAt) {
        if (!sitting.found()) {
            return Refusal.of("motion.sitting.unknown");
        }
        if (!sitting.convened()) {
            return Refusal.of("motion.sitting.closed");
        }
        if (!sitting.motionOnAgenda()) {
            return Refusal.of("motion.session.notOnAgenda");
        }
        Instant startsAt = Objects.requireNonNull(sitting.startsAt(), "only UNKNOWN has no start, and it is not found");
        return SittingTimePolicy.plannedWindow(startsAt, opensAt, closesAt).flatMap(key -> Refusal.of(key));
    }
}
