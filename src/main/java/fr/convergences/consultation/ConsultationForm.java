package fr.convergences.consultation;

import java.time.LocalDate;
import java.util.List;

/** What a council admin states when opening a consultation. The contributions phase is required. */
public record ConsultationForm(String title, String question, String description, List<PhaseDates> phases) {

    public record PhaseDates(PhaseKind kind, LocalDate startsOn, LocalDate endsOn) {
    }
}
