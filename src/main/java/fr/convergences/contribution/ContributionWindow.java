package fr.convergences.contribution;

import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a consultation accepts a contribution. Online contributions: only while the contributions phase
 * is open. Contributions carrying the voice of people who are not online (collected by a volunteer, at
 * a debate, on paper, imported) arrive later by nature: they are accepted from the start of the
 * contributions (or debates) phase until the synthesis phase ends, or, without one, until the later
 * of the contributions and debates phases ends. Days are the territory's.
 */
public final class ContributionWindow {

    private ContributionWindow() {}

    public static boolean accepts(ConsultationDetails consultation, ContributionOrigin origin, LocalDate today) {
        if (origin.isOnline()) {
            return consultation.isOpen(PhaseKind.CONTRIBUTIONS, today);
        }
        Optional<LocalDate> opens = Stream.of(PhaseKind.CONTRIBUTIONS, PhaseKind.DEBATES)
                .flatMap(kind -> consultation.phase(kind).stream())
                .map(Phase::startsOn)
                .min(LocalDate::compareTo);
        Optional<LocalDate> closes = consultation
                .phase(PhaseKind.SYNTHESIS)
                .map(Phase::endsOn)
                .or(() -> Stream.of(PhaseKind.CONTRIBUTIONS, PhaseKind.DEBATES)
                        .flatMap(kind -> consultation.phase(kind).stream())
                        .map(Phase::endsOn)
                        .max(LocalDate::compareTo));
        return opens.isPresent() && closes.isPresent() && !today.isBefore(opens.get()) && !today.isAfter(closes.get());
    }
}
