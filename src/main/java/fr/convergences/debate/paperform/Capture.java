package fr.convergences.debate.paperform;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.mediation.AgeBand;
import org.jspecify.annotations.Nullable;

/**
 * A contribution captured at a debate: the participant's words, their consent (required), optionally their age
 * band, and the number of the paper form they wrote on, if they wrote on one (blank when said on the spot).
 */
public record Capture(
        @Nullable String formNumber,
        ContributionForm words,
        boolean consent,
        @Nullable AgeBand ageBand) {

    public boolean fromPaper() {
        return formNumber != null && !formNumber.isBlank();
    }
}
