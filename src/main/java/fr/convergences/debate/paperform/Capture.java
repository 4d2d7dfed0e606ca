package fr.convergences.debate.paperform;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.mediation.AgeBand;

/**
 * A contribution captured at a debate: the participant's words, their consent (required), optionally their age
 * band, and the number of the paper form they wrote on, if they wrote on one (blank when said on the spot).
 */
public record Capture(String formNumber, ContributionForm words, boolean consent, AgeBand ageBand) {

    public boolean fromPaper() {
        return formNumber != null && !formNumber.isBlank();
    }
}
