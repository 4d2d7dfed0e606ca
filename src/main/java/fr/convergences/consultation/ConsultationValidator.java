package fr.convergences.consultation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The checks of a consultation form: texts within their limits, sane phases with a contributions phase, communes of the territory. */
@Singleton
class ConsultationValidator {

    record Valid(String title, String question, @Nullable String description) {}

    Valid validate(ConsultationForm form, Map<String, String> territoryCommunes) {
        String title = TextInput.singleLine(form.title(), Consultation.TITLE_MAX_LENGTH, "consultation.title");
        String question =
                TextInput.required(form.question(), Consultation.QUESTION_MAX_LENGTH, "consultation.question");
        String description =
                TextInput.optional(form.description(), Consultation.DESCRIPTION_MAX_LENGTH, "consultation.description");
        Set<PhaseKind> seen = EnumSet.noneOf(PhaseKind.class);
        for (ConsultationForm.PhaseDates phase : form.phases()) {
            if (phase.kind() == null
                    || phase.startsOn() == null
                    || phase.endsOn() == null
                    || phase.endsOn().isBefore(phase.startsOn())) {
                throw new UserFacingException("consultation.phase.dates");
            }
            if (!seen.add(phase.kind())) {
                throw new UserFacingException("consultation.phase.twice");
            }
        }
        if (!seen.contains(PhaseKind.CONTRIBUTIONS)) {
            throw new UserFacingException("consultation.phase.contributionsRequired");
        }
        Set<String> communes = form.communes() == null ? Set.of() : form.communes();
        if (!territoryCommunes.keySet().containsAll(communes)) {
            throw new UserFacingException("consultation.scope.unknownCommune");
        }
        return new Valid(title, question, description);
    }
}
