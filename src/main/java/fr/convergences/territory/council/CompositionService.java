package fr.convergences.territory.council;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The council's public composition as of today. No permission needed: the composition is public. */
@Singleton
public class CompositionService {

    private final CollegeRepository colleges;
    private final MandateRepository mandates;
    private final BureauRepository bureau;
    private final Clock clock;

    public CompositionService(
            CollegeRepository colleges, MandateRepository mandates, BureauRepository bureau, Clock clock) {
        this.colleges = colleges;
        this.mandates = mandates;
        this.bureau = bureau;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Composition composition(long councilId) {
        LocalDate today = LocalDate.now(clock);
        List<Mandate> current = mandates.findByCouncilIdOrderById(councilId).stream()
                .filter(mandate -> mandate.status() != MandateStatus.ENDED && mandate.covers(today))
                .toList();
        Map<Long, Mandate> substituteByTitular = current.stream()
                .filter(mandate -> mandate.kind() == MandateKind.SUBSTITUTE)
                .collect(Collectors.toMap(Mandate::titularMandateId, Function.identity(), (first, second) -> first));
        List<Composition.CollegeSeats> seats = colleges.findByCouncilIdOrderByPosition(councilId).stream()
                .map(college -> {
                    List<Composition.Seat> held = current.stream()
                            .filter(mandate -> mandate.kind() == MandateKind.TITULAR
                                    && mandate.collegeId().equals(college.id()))
                            .sorted(Comparator.comparing(Mandate::seat))
                            .map(titular -> new Composition.Seat(titular, substituteByTitular.get(titular.id())))
                            .toList();
                    return new Composition.CollegeSeats(college, held, Math.max(0, college.seats() - held.size()));
                })
                .toList();
        Map<Long, Mandate> byId = current.stream().collect(Collectors.toMap(Mandate::id, Function.identity()));
        // A seat whose mandate is not current (ended, or not begun) is left out.
        List<Composition.BureauMember> members = bureau.findByCouncilId(councilId).stream()
                .sorted(Comparator.comparing(BureauSeat::position))
                .flatMap(seat -> Optional.ofNullable(byId.get(seat.mandateId()))
                        .map(mandate -> new Composition.BureauMember(seat.position(), mandate.personName()))
                        .stream())
                .toList();
        return new Composition(seats, members);
    }
}
