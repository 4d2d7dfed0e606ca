package fr.convergences.territory.council;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bureau: a president, a vice-president and members, chosen among the council's seated titulars. The two single
 * seats are replaced only on purpose ({@link BureauSeatPolicy}).
 */
@Singleton
public class BureauService {

    private final BureauRepository bureau;
    private final MandateRepository mandates;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public BureauService(
            BureauRepository bureau,
            MandateRepository mandates,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.bureau = bureau;
        this.mandates = mandates;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BureauSeat> bureau(long councilId) {
        return bureau.findByCouncilId(councilId);
    }

    /** Who holds a single seat (presidency, vice-presidency), for the question asked before replacing them. */
    public record Holder(long mandateId, String personName) {}

    @Transactional(readOnly = true)
    public Optional<Holder> holder(long councilId, BureauPosition position) {
        return bureau.findByCouncilIdAndPosition(councilId, position)
                .flatMap(seat -> mandates.findById(seat.mandateId()))
                .map(mandate -> new Holder(mandate.storedId(), mandate.personName()));
    }

    /** Gives a titular a place in the bureau; a single seat held by someone else is refused (see the next method). */
    @Transactional
    public void assign(Actor actor, long councilId, long mandateId, BureauPosition position) {
        assign(actor, councilId, mandateId, position, null);
    }

    /**
     * Gives a titular a place in the bureau. A president or vice-president held by someone else is replaced only when
     * {@code replacedMandateId} names that holder (the secretariat confirmed the replacement); the holder leaves the bureau.
     */
    @Transactional
    public void assign(
            Actor actor, long councilId, long mandateId, BureauPosition position, @Nullable Long replacedMandateId) {
        permissions.require(actor, Action.MANAGE_BUREAU, councilId);
        Mandate mandate = mandates.findById(mandateId)
                .filter(found -> found.councilId() == councilId)
                .orElseThrow(() -> new UserFacingException("territory.mandate.unknown"));
        if (mandate.kind() != MandateKind.TITULAR
                || mandate.status() != MandateStatus.ACTIVE
                || !mandate.covers(LocalDate.now(clock))) {
            throw new UserFacingException("territory.bureau.titularOnly");
        }
        if (position.isSingle()) {
            Optional<BureauSeat> current = bureau.findByCouncilIdAndPosition(councilId, position);
            BureauSeatPolicy.problem(
                            position, current.map(BureauSeat::mandateId).orElse(null), mandateId, replacedMandateId)
                    .ifPresent(key -> {
                        throw new UserFacingException(
                                key,
                                holder(councilId, position)
                                        .map(Holder::personName)
                                        .orElse(""),
                                fr.convergences.base.i18n.Elision.keyword(holder(councilId, position)
                                        .map(Holder::personName)
                                        .orElse("")));
                    });
            current.filter(seat -> seat.mandateId() != mandateId).ifPresent(seat -> remove(actor, councilId, seat));
        }
        BureauSeat previous =
                bureau.findByCouncilIdAndMandateId(councilId, mandateId).orElse(null);
        if (previous != null) {
            bureau.update(new BureauSeat(previous.id(), councilId, mandateId, position));
        } else {
            bureau.save(new BureauSeat(null, councilId, mandateId, position));
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "bureau.assign",
                "mandate",
                String.valueOf(mandateId),
                previous == null
                        ? Map.of()
                        : Map.of("position", previous.position().name()),
                Map.of("position", position.name())));
    }

    @Transactional
    public void remove(Actor actor, long councilId, long mandateId) {
        permissions.require(actor, Action.MANAGE_BUREAU, councilId);
        BureauSeat seat = bureau.findByCouncilIdAndMandateId(councilId, mandateId)
                .orElseThrow(() -> new UserFacingException("territory.bureau.notMember"));
        remove(actor, councilId, seat);
    }

    private void remove(Actor actor, long councilId, BureauSeat seat) {
        bureau.delete(seat);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "bureau.remove",
                "mandate",
                String.valueOf(seat.mandateId()),
                Map.of("position", seat.position().name()),
                Map.of()));
    }
}
