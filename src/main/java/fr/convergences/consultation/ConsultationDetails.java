package fr.convergences.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A consultation with its phases, themes, and the time zone of its territory, which decides what "today" is. */
public record ConsultationDetails(Consultation consultation, List<Phase> phases, List<Theme> themes, ZoneId zone, String councilName) {

    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(phase -> phase.kind() == kind).findFirst();
    }

    public boolean isOpen(PhaseKind kind, LocalDate today) {
        return phase(kind).map(phase -> phase.isOpenOn(today)).orElse(false);
    }
}
