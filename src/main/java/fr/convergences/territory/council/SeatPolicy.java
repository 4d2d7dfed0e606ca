package fr.convergences.territory.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Seats are numbered 1..n in a college. A new titular takes the lowest seat that no other titular
 * holds during any part of the new mandate's period; when there is none, the college is full.
 */
public final class SeatPolicy {

    private SeatPolicy() {}

    public static Optional<Integer> freeSeat(int seats, List<Mandate> titulars, LocalDate start, LocalDate end) {
        for (int seat = 1; seat <= seats; seat++) {
            int candidate = seat;
            boolean taken = titulars.stream()
                    .filter(mandate -> mandate.kind() == MandateKind.TITULAR
                            && mandate.seat() != null
                            && mandate.seat() == candidate)
                    .anyMatch(mandate -> overlaps(mandate, start, end));
            if (!taken) {
                return Optional.of(seat);
            }
        }
        return Optional.empty();
    }

    /** How many titulars hold a seat on this day. */
    public static long occupied(List<Mandate> titulars, LocalDate day) {
        return titulars.stream()
                .filter(mandate -> mandate.kind() == MandateKind.TITULAR && mandate.covers(day))
                .count();
    }

    static boolean overlaps(Mandate mandate, LocalDate start, LocalDate end) {
        return mandate.startsOn().isBefore(end) && start.isBefore(mandate.effectiveEnd());
    }
}
