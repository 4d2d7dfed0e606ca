package fr.convergences.territory.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A substitute backs one titular of the same college, within the titular's period, and a titular
 * has at most one substitute at a time. Returns the message key of the first problem.
 */
public final class SubstitutePolicy {

    private SubstitutePolicy() {}

    public static Optional<String> problem(
            @Nullable Mandate titular, long collegeId, LocalDate start, LocalDate end, List<Mandate> otherSubstitutes) {
        if (titular == null || titular.kind() != MandateKind.TITULAR) {
            return Optional.of("territory.mandate.substitute.noTitular");
        }
        if (titular.collegeId() != collegeId) {
            return Optional.of("territory.mandate.substitute.otherCollege");
        }
        if (titular.status() == MandateStatus.ENDED
                || start.isBefore(titular.startsOn())
                || end.isAfter(titular.effectiveEnd())) {
            return Optional.of("territory.mandate.substitute.outsideTitular");
        }
        if (otherSubstitutes.stream().anyMatch(other -> SeatPolicy.overlaps(other, start, end))) {
            return Optional.of("territory.mandate.substitute.alreadyBacked");
        }
        return Optional.empty();
    }
}
