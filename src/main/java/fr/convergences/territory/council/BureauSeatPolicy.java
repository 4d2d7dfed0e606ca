package fr.convergences.territory.council;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The presidency and the vice-presidency are single seats. Naming someone to a seat held by another replaces the
 * holder only when the secretariat said whom it replaces (it was asked first, naming them): a page opened before
 * someone else changed the bureau can never replace a holder it did not show. Returns the message key of the problem.
 */
public final class BureauSeatPolicy {

    private BureauSeatPolicy() {}

    public static Optional<String> problem(
            BureauPosition position, @Nullable Long holderMandateId, long mandateId, @Nullable Long replacedMandateId) {
        if (!position.isSingle() || holderMandateId == null || holderMandateId == mandateId) {
            return Optional.empty();
        }
        return Objects.equals(holderMandateId, replacedMandateId)
                ? Optional.empty()
                : Optional.of("territory.bureau.seatTaken");
    }
}
