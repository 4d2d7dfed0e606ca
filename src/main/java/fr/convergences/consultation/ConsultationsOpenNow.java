package fr.convergences.consultation;

import fr.convergences.territory.OpenNow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The consultations open now (a phase in progress in their territory's time zone) or announced (a phase to come),
 * for the home page. A consultation whose phases are all over is not listed.
 */
@Singleton
public class ConsultationsOpenNow implements OpenNow {

    private final ConsultationService consultations;
    private final Clock clock;

    public ConsultationsOpenNow(ConsultationService consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> openNow(int limit) {
        // No territory's date is more than a day behind UTC's (UTC-12 at the most): a phase that ended before yesterday
        // in UTC is over everywhere, so its consultation is not read, let alone its details.
        return consultations
                .notOverBefore(
                        LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1))
                .stream()
                .map(consultation -> item(consultations.details(consultation.storedId())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Item item) -> !item.current()).thenComparing(Item::order))
                .limit(limit)
                .toList();
    }

    private Optional<Item> item(ConsultationDetails details) {
        LocalDate today = LocalDate.now(clock.withZone(details.zone()));
        Consultation consultation = details.consultation();
        String link = "consultations/" + consultation.id();
        // Phases may overlap (contributions and debates often do): the one begun last is what is new.
        Optional<Phase> current = details.phases().stream()
                .filter(phase -> phase.isOpenOn(today))
                .max(Comparator.comparing(Phase::startsOn).thenComparing(Phase::kind));
        if (current.isPresent()) {
            Phase phase = current.get();
            return Optional.of(Item.phase(
                    consultation.title(),
                    link,
                    details.councilName(),
                    key(phase),
                    phase.startsOn(),
                    phase.endsOn(),
                    true,
                    details.zone()));
        }
        return details.phases().stream()
                .filter(phase -> phase.startsOn().isAfter(today))
                .min(Comparator.comparing(Phase::startsOn).thenComparing(Phase::kind))
                .map(phase -> Item.phase(
                        consultation.title(),
                        link,
                        details.councilName(),
                        key(phase),
                        phase.startsOn(),
                        phase.endsOn(),
                        false,
                        details.zone()));
    }

    private static String key(Phase phase) {
        return "consultation.phase." + phase.kind().name();
    }
}
