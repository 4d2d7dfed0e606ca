package fr.convergences.motion.application;

import fr.convergences.base.integrity.CanonicalJson;
import fr.convergences.motion.infrastructure.BallotStore;
import fr.convergences.motion.infrastructure.VotingEvents;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.ChainEvent;
import fr.convergences.motion.model.ChainPayload;
import fr.convergences.motion.model.CountedBallot;
import fr.convergences.motion.model.Electorate;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.Tally;
import fr.convergences.motion.model.TallyInput;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Recomputes a closed session from what was published — the chain of events, the roll-call ballots or the
 * secret ballots sorted by receipt — and compares: every link of the chain, the final roll-call ballots
 * with the chain's casts and changes, the secret list with its chained hash and with the number of casts,
 * the recount with the published count, and the head with the published one.
 */
@Singleton
public class SessionVerifier {

    /**
     * The verification's findings: no problem means the session is exactly as published. {@code unverifiable} says why
     * there was nothing to verify (no such session, nothing published yet) — not a sign of tampering; null otherwise.
     */
    public record Report(
            long sessionId,
            List<String> problems,
            @Nullable String head,
            @Nullable TallyResult recount,
            int events,
            int ballots,
            @Nullable String unverifiable) {
        public Report(
                long sessionId,
                List<String> problems,
                @Nullable String head,
                @Nullable TallyResult recount,
                int events,
                int ballots) {
            this(sessionId, problems, head, recount, events, ballots, null);
        }

        public boolean intact() {
            return problems.isEmpty() && unverifiable == null;
        }
    }

    private final VotingSessionRepository sessions;
    private final VotingEvents events;
    private final BallotStore ballots;

    public SessionVerifier(VotingSessionRepository sessions, VotingEvents events, BallotStore ballots) {
        this.sessions = sessions;
        this.events = events;
        this.ballots = ballots;
    }

    @Transactional(readOnly = true)
    public Report verify(long sessionId, @Nullable String expectedHead) {
        List<String> problems = new ArrayList<>();
        VotingSession session = sessions.findById(sessionId).orElse(null);
        if (session == null) {
            return new Report(sessionId, List.of(), null, null, 0, 0, "there is no voting session " + sessionId);
        }
        if (session.status() != VotingSession.Status.CLOSED && expectedHead == null) {
            return new Report(
                    sessionId,
                    List.of(),
                    null,
                    null,
                    0,
                    0,
                    "voting session " + sessionId + " is not closed yet: nothing is published to verify");
        }
        List<ChainEvent> chain = events.chain(sessionId);
        String previous = ChainEvent.GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            ChainEvent event = chain.get(i);
            if (event.seq() != i + 1) {
                problems.add("event " + (i + 1) + " is missing");
            }
            if (!previous.equals(event.previousHash())) {
                problems.add("event " + event.seq() + " does not link to the event before it");
            }
            if (!event.computeHash().equals(event.hash())) {
                problems.add("event " + event.seq() + " was modified (its hash does not match its content)");
            }
            previous = event.computeHash();
        }
        if (chain.isEmpty() || chain.getFirst().kind() != ChainEvent.Kind.OPENED) {
            problems.add("the chain does not start with the opening");
            return new Report(sessionId, problems, null, null, chain.size(), 0);
        }
        if (session.status() != VotingSession.Status.CLOSED || chain.getLast().kind() != ChainEvent.Kind.CLOSED) {
            // With a head in hand (from the minutes), the session was closed: its status has been rewound.
            problems.add("the session is not closed, yet a head was published for it");
            return new Report(sessionId, problems, null, null, chain.size(), 0);
        }
        if (events.pendingCount(sessionId) > 0) {
            problems.add("events were added after the close");
        }
        List<ChainPayload> payloads = new ArrayList<>(chain.size());
        for (ChainEvent event : chain) {
            try {
                payloads.add(events.payload(event));
            } catch (RuntimeException e) {
                // A link whose text is not a payload of its kind cannot be recounted: say which, rather than fail the
                // whole verification on it (its hash, checked above, tells whether it was altered).
                problems.add("event " + event.seq() + " cannot be read as " + event.kind() + ": " + e.getMessage());
            }
        }
        if (payloads.size() < chain.size()
                || !(payloads.getFirst() instanceof ChainPayload.Opened opened)
                || !(payloads.getLast() instanceof ChainPayload.Closed closing)) {
            return new Report(sessionId, problems, null, null, chain.size(), 0);
        }
        Electorate electorate = opened.electorate();
        List<Long> options = opened.options();
        Map<Long, String> finalChoices = new TreeMap<>();
        Set<Long> secretCasts = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            ChainEvent event = chain.get(i);
            if (!(payloads.get(i) instanceof ChainPayload.Ballot cast)) {
                continue;
            }
            long seat = cast.seat();
            if (!electorate.contains(seat)) {
                problems.add("event " + event.seq() + " is a ballot for a seat outside the electorate");
            }
            if (session.ballotKind() == BallotKind.ROLL_CALL) {
                if (event.kind() == ChainEvent.Kind.CAST && finalChoices.containsKey(seat)) {
                    problems.add("event " + event.seq() + " casts a second ballot for seat " + seat);
                }
                String choice = cast.choice();
                if (choice == null) {
                    problems.add("event " + event.seq() + " is a roll-call ballot without its choice");
                } else {
                    finalChoices.put(seat, choice);
                }
            } else if (!secretCasts.add(seat) || event.kind() == ChainEvent.Kind.CHANGED) {
                problems.add("event " + event.seq() + " casts a second secret ballot for seat " + seat);
            }
        }
        List<CountedBallot> counted = new ArrayList<>();
        int ballotCount;
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            Map<Long, String> stored = new TreeMap<>();
            ballots.rollCalls(sessionId).forEach(ballot -> stored.put(ballot.seatMandateId(), ballot.choice()));
            if (!stored.equals(finalChoices)) {
                problems.add("the published roll-call ballots differ from the chain's casts and changes");
            }
            finalChoices.forEach((seat, choice) -> counted.add(
                    new CountedBallot(electorate.collegeOf(seat), BallotChoice.parse(session.method(), choice))));
            ballotCount = stored.size();
        } else {
            List<PublishedBallot> published = ballots.published(sessionId);
            String listHash = PublishedBallot.listHash(published);
            if (!listHash.equals(closing.ballotsHash()) || !listHash.equals(session.ballotsHash())) {
                problems.add("the published secret ballots differ from the list whose hash was chained at close");
            }
            if (published.size() != secretCasts.size()) {
                problems.add(published.size() + " secret ballots are published for " + secretCasts.size()
                        + " casts in the chain");
            }
            published.forEach(ballot -> counted.add(
                    new CountedBallot(ballot.collegeId(), BallotChoice.parse(session.method(), ballot.choice()))));
            ballotCount = published.size();
        }
        Set<Long> recused = new HashSet<>(closing.recusedSeats());
        Map<Long, Integer> electorateByCollege = electorate.seatsByCollege(recused);
        Long presidentSeat = closing.presidentSeat();
        String presidentChoice = presidentSeat == null ? null : finalChoices.get(presidentSeat);
        BallotChoice president = presidentChoice == null ? null : BallotChoice.parse(session.method(), presidentChoice);
        TallyResult recount = Tally.count(new TallyInput(
                session.method(),
                session.rules(),
                options,
                electorateByCollege,
                closing.presentSeats().size(),
                counted,
                president));
        // Both sides under the rule the closing link was written with: a session closed before the rules were merged
        // recounts to the same text as when it was published.
        CanonicalJson.Rule rule = events.ruleOf(sessionId, chain.getLast().seq());
        String recounted = CanonicalJson.write(rule, recount.toMap());
        if (!recounted.equals(CanonicalJson.write(rule, closing.result().toMap()))) {
            problems.add("the recount differs from the count chained at close");
        }
        if (!recounted.equals(session.resultJson())) {
            problems.add("the recount differs from the published result");
        }
        String head = chain.getLast().seq() + ":" + chain.getLast().hash();
        if (!head.equals(session.publishedHead())) {
            problems.add("the chain's head " + head + " differs from the head published at close "
                    + session.publishedHead());
        }
        if (expectedHead != null && !expectedHead.isBlank() && !head.equalsIgnoreCase(expectedHead.strip())) {
            problems.add("the chain's head " + head + " differs from the expected head " + expectedHead.strip());
        }
        return new Report(sessionId, problems, head, recount, chain.size(), ballotCount);
    }
}
