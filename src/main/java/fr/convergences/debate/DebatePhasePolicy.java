package fr.convergences.debate;

import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a consultation takes new debates: until its debates phase is over, or, when it has none, until its
 * contributions phase is over. A consultation with neither takes none. Days are the territory's.
 */
final class DebatePhasePolicy {

    private DebatePhasePolicy() {}

    static boolean acceptsNewDebates(ConsultationDetails consultation, LocalDate today) {
        Optional<Phase> phase =
                consultation.phase(PhaseKind.DEBATES).or(() -> consultation.phase(PhaseKind.CONTRIBUTIONS));
        return phase.map(found -> !today.isAfter(found.endsOn())).orElse(false);
    }
}
