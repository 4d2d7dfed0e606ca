package fr.convergences.motion.model;

import fr.convergences.base.UserFacingException;
import java.util.Objects;

/**
 * Who may cast the ballot of a seat, and in what capacity. Outside a sitting (a vote fully online over a
 * time window) only the titular votes: there are no absences or proxies to go by. In a sitting: the
 * titular if they are present and neither declared absence nor gave a proxy; the substitute if the
 * titular declared absence and the substitute is present; the proxy holder if present. Nobody votes on a
 * motion on which they, or the seat's titular, declared an interest.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {}

    public static Capacity capacity(long actorAccountId, SeatSituation seat) {
        if (!seat.inElectorate()) {
            throw new UserFacingException("motion.ballot.noVotingRight");
        }
        if (seat.actorRecused() || seat.seatRecused()) {
            throw new UserFacingException("motion.ballot.recused");
        }
        if (Objects.equals(seat.titularAccountId(), actorAccountId)) {
            if (!seat.inSitting()) {
                return Capacity.SEAT;
            }
            if (seat.proxyHolderAccountId() != null) {
                throw new UserFacingException("motion.ballot.proxyGiven");
            }
            if (seat.titularAbsent()) {
                throw new UserFacingException("motion.ballot.declaredAbsent");
            }
            requirePresent(seat.titularPresent());
            return Capacity.SEAT;
        }
        if (Objects.equals(seat.substituteAccountId(), actorAccountId)) {
            if (!seat.inSitting()) {
                throw new UserFacingException("motion.ballot.substituteOutsideSitting");
            }
            if (!SittingSubstitutePolicy.maySit(true, seat.titularAbsent(), seat.substituteAbsent())) {
                throw new UserFacingException(
                        seat.substituteAbsent() ? "motion.ballot.declaredAbsent" : "motion.ballot.titularSits");
            }
            requirePresent(seat.substitutePresent());
            return Capacity.SUBSTITUTE;
        }
        if (seat.inSitting() && Objects.equals(seat.proxyHolderAccountId(), actorAccountId)) {
            requirePresent(seat.holderPresent());
            return Capacity.PROXY;
        }
        throw new UserFacingException("motion.ballot.notEligible");
    }

    private static void requirePresent(boolean present) {
        if (!present) {
            throw new UserFacingException("motion.ballot.notPresent");
        }
    }
}
