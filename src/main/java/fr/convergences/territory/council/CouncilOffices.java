package fr.convergences.territory.council;

import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.role.CouncilRoleService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who holds what in a council, for its secretariat: the bureau (president, vice-president, members) and the holders of
 * a role (admins, moderators, debate organisers), each with the end of their mandate in the council, so that a seat
 * about to fall vacant is seen before it does.
 */
@Singleton
public class CouncilOffices {

    /** One office: a bureau seat or a role; the end of the person's mandate in the council, if they hold one in office. */
    public record Office(
            String personName,
            @Nullable BureauPosition position,
            @Nullable CouncilRole role,
            @Nullable LocalDate mandateEnds) {

        /** The message key of the office's name: a bureau seat's, else the role's (every office is one or the other). */
        public String labelKey() {
            return position != null
                    ? "territory.bureau." + position.name()
                    : "territory.offices.role."
                            + Objects.requireNonNull(role, "an office is a bureau seat or a role")
                                    .name();
        }
    }

    private final BureauRepository bureau;
    private final MandateRepository mandates;
    private final CouncilRoleService roles;
    private final Clock clock;

    public CouncilOffices(BureauRepository bureau, MandateRepository mandates, CouncilRoleService roles, Clock clock) {
        this.bureau = bureau;
        this.mandates = mandates;
        this.roles = roles;
        this.clock = clock;
    }

    /** The bureau first (by position), then each role's holders; permission: managing the council's members. */
    @Transactional(readOnly = true)
    public List<Office> offices(Actor actor, long councilId) {
        List<CouncilRoleService.RoleHolder> holders = roles.holders(actor, councilId);
        LocalDate today = LocalDate.now(clock);
        List<Mandate> inOffice = mandates.findByCouncilIdOrderById(councilId).stream()
                .filter(mandate -> mandate.status() != MandateStatus.ENDED && mandate.covers(today))
                .toList();
        Map<Long, Mandate> byId = inOffice.stream().collect(Collectors.toMap(Mandate::id, Function.identity()));
        // A seat whose mandate is not in office today is left out.
        record Held(BureauSeat seat, Mandate mandate) {}
        List<Office> offices = new java.util.ArrayList<>(bureau.findByCouncilId(councilId).stream()
                .flatMap(seat ->
                        Optional.ofNullable(byId.get(seat.mandateId()))
                                .map(mandate -> new Held(seat, mandate))
                                .stream())
                .sorted(Comparator.comparing((Held held) -> held.seat().position())
                        .thenComparing(held -> held.mandate().personName()))
                .map(held -> new Office(
                        held.mandate().personName(),
                        held.seat().position(),
                        null,
                        held.mandate().effectiveEnd()))
                .toList());
        for (CouncilRoleService.RoleHolder holder : holders) {
            // An admin or moderator may hold no seat: staff of the secretariat, for example.
            Optional<LocalDate> ends = inOffice.stream()
                    .filter(mandate -> Objects.equals(mandate.accountId(), holder.accountId()))
                    .map(Mandate::effectiveEnd)
                    .max(Comparator.naturalOrder());
            offices.add(new Office(holder.name(), null, holder.role(), ends.orElse(null)));
        }
        return offices;
    }
}
