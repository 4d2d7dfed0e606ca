package fr.convergences.motion.application;

import fr.convergences.motion.model.SittingMovement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chair's screen of a sitting as it runs: seats with a vote, how many are present (titular or substitute) and
 * represented (by a proxy holder who is present), the quorum under the rule of the vote open (or the usual half), and
 * the arrivals and departures with their times.
 *
 * @param quorumRule "numerator/denominator", or null when the open vote was reconvened without quorum
 */
public record SittingLive(
        int seats,
        int present,
        int represented,
        @Nullable String quorumRule,
        boolean quorumReached,
        List<SittingMovement> movements) {

    public int presentOrRepresented() {
        return present + represented;
    }
}
