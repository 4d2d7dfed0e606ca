package fr.convergences.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a council admin states when opening or editing a consultation. The contributions phase is
 * required; the presentation is Markdown; an empty commune set means the whole territory.
 */
public record ConsultationForm(
        String title, String question, String description, List<PhaseDates> phases, Set<String> communes) {

    public ConsultationForm(String title, String question, String description, List<PhaseDates> phases) {
        this(title, question, description, phases, Set.of());
    }

    public record PhaseDates(PhaseKind kind, LocalDate startsOn, LocalDate endsOn) {}
}
