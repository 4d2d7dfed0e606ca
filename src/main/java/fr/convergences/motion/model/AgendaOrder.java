package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order of a sitting's agenda: the motions in the order chosen, and the other points each at its rank among them
 * (1 is the first item). Two points asking for the same rank follow each other in the order given; a point without a rank,
 * or with a rank past the end, comes after the motions. Ranks are kept as the positions written, so an agenda read back
 * and saved unchanged keeps its order.
 */
public final class AgendaOrder {

    private AgendaOrder() {}

    /** One line of the agenda: a motion, or a point. */
    public record Line(@Nullable Long motionId, @Nullable AgendaPoint point) {}

    public static List<Line> merge(List<Long> motionIds, List<AgendaPoint> points) {
        List<AgendaPoint> ranked = points.stream()
                .filter(point -> point.rank() != null)
                .sorted(Comparator.comparing(AgendaPoint::rank))
                .toList();
        List<AgendaPoint> unranked =
                points.stream().filter(point -> point.rank() == null).toList();
        List<Line> lines = new ArrayList<>();
        int nextMotion = 0;
        int nextRanked = 0;
        while (nextMotion < motionIds.size() || nextRanked < ranked.size()) {
            boolean pointNow = nextRanked < ranked.size()
                    && (rank(ranked.get(nextRanked)) <= lines.size() + 1 || nextMotion == motionIds.size());
            if (pointNow) {
                lines.add(new Line(null, ranked.get(nextRanked++)));
            } else {
                lines.add(new Line(motionIds.get(nextMotion++), null));
            }
        }
        unranked.forEach(point -> lines.add(new Line(null, point)));
        return lines;
    }

    private static int rank(AgendaPoint ranked) {
        return Objects.requireNonNull(ranked.rank(), "only points with a rank are merged by rank");
    }
}
