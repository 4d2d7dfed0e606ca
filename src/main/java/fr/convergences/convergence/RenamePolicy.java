package fr.convergences.convergence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which moderator's name a newly computed group inherits. A rename belongs to a group of people saying one thing, not
 * to an exact list of members: a contribution published or hidden since changes the engine's key, yet the group is the
 * same. The same key wins; otherwise the renamed group sharing the most members, if they share at least half of the
 * union (the threshold that also recognises a dismissed group proposed again).
 */
final class RenamePolicy {

    private RenamePolicy() {}

    /** A proposed group as a moderator named it before a computation. */
    record Renamed(String engineKey, String label, Set<Long> members) {}

    static Optional<String> labelFor(String engineKey, Collection<Long> members, List<Renamed> renamed) {
        Optional<String> sameKey = renamed.stream()
                .filter(old -> old.engineKey().equals(engineKey))
                .map(Renamed::label)
                .findFirst();
        if (sameKey.isPresent()) {
            return sameKey;
        }
        Renamed best = null;
        double bestOverlap = 0;
        for (Renamed old : renamed) {
            double overlap = overlap(old.members(), members);
            if (overlap >= ConvergenceService.SAME_GROUP && overlap > bestOverlap) {
                best = old;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best).map(Renamed::label);
    }

    static double overlap(Set<Long> group, Collection<Long> members) {
        long shared = members.stream().filter(group::contains).count();
        long union = group.size() + members.stream().distinct().count() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
