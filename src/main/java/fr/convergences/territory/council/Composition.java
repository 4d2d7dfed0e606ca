package fr.convergences.territory.council;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the public composition page shows: each college's seats, who holds them, and the vacancies. */
public record Composition(List<CollegeSeats> colleges, List<BureauMember> bureau) {

    public record CollegeSeats(College college, List<Seat> seats, int vacancies) {}

    /** A titular's seat (person as appointed, or invited) with the substitute backing it, if any. */
    public record Seat(Mandate titular, @Nullable Mandate substitute) {}

    public record BureauMember(BureauPosition position, String personName) {}
}
