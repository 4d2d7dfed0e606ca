package fr.convergences.motion.application;

import fr.convergences.motion.model.Capacity;
import fr.convergences.motion.model.PublishedBallot;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingSession;
import java.util.List;
import java.util.Map;

/**
 * What is published when a session closes: the count, the names of colleges and options, who voted what
 * (roll-call only), the secret ballots sorted by receipt (secret only, no names), and the published head.
 * {@code smallGroupMinimum} is the fewest ballots a college of a secret vote needs for its result to be
 * published apart ({@link fr.convergences.motion.model.SmallGroupPolicy}).
 */
public record SessionResult(
        VotingSession session,
        TallyResult tally,
        Map<Long, String> collegeNames,
        Map<Long, String> optionLabels,
        List<RollCallLine> rollCall,
        List<PublishedBallot> secretBallots,
        int smallGroupMinimum) {

    /** One roll-call ballot: the seat's titular, who cast it and in what capacity, the choice as text. */
    public record RollCallLine(
            String seatName, String collegeName, String voterName, Capacity capacity, String choice) {}
}
