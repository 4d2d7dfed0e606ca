package fr.convergences.territory.council;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bureau: a president, vice-presidents and members, chosen among the council's seated titulars. */
@Singleton
public class BureauService {

    private final BureauRepository bureau;
    private final MandateRepository mandates;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    public BureauService(BureauRepository bureau, MandateRepository mandates, Permissions permissions, AuditTrail audit, Clock clock) {
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

    /** Gives a titular a place in the bureau; a new president replaces the previous one. */
    @Transactional
    public void assign(Actor actor, long councilId, long mandateId, BureauPosition position) {
        permissions.require(actor, Action.MANAGE_BUREAU, councilId);
        Mandate mandate = mandates.findById(mandateId).filter(found -> found.councilId() == councilId)
                .orElseThrow(() -> new UserFacingException("territory.mandate.unknown"));
        if (mandate.kind() != MandateKind.TITULAR || mandate.status() != MandateStatus.ACTIVE || !mandate.covers(LocalDate.now(clock))) {
            throw new UserFacingException("territory.bureau.titularOnly");
        }
        if (position == BureauPosition.PRESIDENT) {
            bureau.findByCouncilIdAndPosition(councilId, BureauPosition.PRESIDENT)
                    .filter(current -> current.mandateId() != mandateId)
                    .ifPresent(current -> remove(actor, councilId, current));
        }
        BureauSeat previous = bureau.findByCouncilIdAndMandateId(councilId, mandateId).orElse(null);
        if (previous != null) {
            bureau.update(new BureauSeat(previous.id(), councilId, mandateId, position));
        } else {
            bureau.save(new BureauSeat(null, councilId, mandateId, position));
        }
        audit.record(new AuditEvent(actor, councilId, "bureau.assign", "mandate", String.valueOf(mandateId),
                previous == null ? Map.of() : Map.of("position", previous.position().name()), Map.of("position", position.name())));
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
        audit.record(new AuditEvent(actor, councilId, "bureau.remove", "mandate", String.valueOf(seat.mandateId()),
                Map.of("position", seat.position().name()), Map.of()));
    }
}
