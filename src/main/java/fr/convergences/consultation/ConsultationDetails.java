package fr.convergences.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultation with its phases, themes, the communes it is limited to (code → name; empty for the
 * whole territory), and the time zone of its territory, which decides what "today" is.
 */
public record ConsultationDetails(
        Consultation consultation,
        List<Phase> phases,
        List<Theme> themes,
        Map<String, String> scope,
        ZoneId zone,
        String councilName) {

    public Optional<Phase> phase(PhaseKind kind) {
        return phases.stream().filter(phase -> phase.kind() == kind).findFirst();
    }

    public boolean isOpen(PhaseKind kind, LocalDate today) {
        return phase(kind).map(phase -> phase.isOpenOn(today)).orElse(false);
    }

    /** Whether a contribution from this commune belongs here (any commune when the whole territory is consulted). */
    public boolean covers(String inseeCode) {
        return scope.isEmpty() || scope.containsKey(inseeCode);
    }
}
