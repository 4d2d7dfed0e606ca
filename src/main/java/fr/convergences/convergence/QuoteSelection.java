package fr.convergences.convergence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which members a synthesis quotes for a convergence: 2 to 4, chosen for the diversity of actors and communes rather
 * than only the most central. The most representative member opens; each next quote is the one bringing the most that
 * is not quoted yet (a new kind of actor weighs most, then a new source, then a new commune), the more representative
 * on a tie. A group of one is quoted once.
 */
final class QuoteSelection {

    static final int FEWEST = 2;
    static final int MOST = 4;

    private QuoteSelection() {}

    /** A member as the choice sees it: who speaks (kind and source, either may be null) and where. */
    record Candidate(
            long contributionId,
            @Nullable String kind,
            @Nullable String source,
            @Nullable String commune) {}

    /** The chosen members' ids, in the order they are quoted; {@code candidates} come most representative first. */
    static List<Long> choose(List<Candidate> candidates) {
        List<Long> chosen = new ArrayList<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        Set<String> kinds = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Set<String> communes = new HashSet<>();
        List<Candidate> left = new ArrayList<>(candidates);
        while (!left.isEmpty() && chosen.size() < MOST) {
            List<Candidate> pool = chosen.isEmpty() ? left.subList(0, 1) : left;
            Candidate best = pool.getFirst();
            int bestGain = gain(best, kinds, sources, communes);
            for (Candidate candidate : pool) {
                int gain = gain(candidate, kinds, sources, communes);
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            // Past the fewest, a quote that brings no new actor, source or commune says nothing new: stop there.
            if (chosen.size() >= FEWEST && bestGain == 0) {
                break;
            }
            chosen.add(best.contributionId());
            left.remove(best);
            if (best.kind() != null) {
                kinds.add(best.kind());
            }
            if (best.source() != null) {
                sources.add(best.source());
            }
            if (best.commune() != null) {
                communes.add(best.commune());
            }
        }
        return chosen;
    }

    /** What a candidate adds: a new kind of actor weighs most, then a new source, then a new commune. */
    private static int gain(Candidate candidate, Set<String> kinds, Set<String> sources, Set<String> communes) {
        return (candidate.kind() != null && !kinds.contains(candidate.kind()) ? 4 : 0)
                + (candidate.source() != null && !sources.contains(candidate.source()) ? 2 : 0)
                + (candidate.commune() != null && !communes.contains(candidate.commune()) ? 1 : 0);
    }
}
