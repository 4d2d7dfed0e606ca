package fr.convergences.territory.council;

import java.time.LocalDate;

/**
 * A mandate as the ARS appointment order states it. For a substitute, the titular's mandate it backs.
 * The e-mail address, when given, receives the invitation that links the seat to the person's account.
 */
public record MandateForm(
        long collegeId,
        MandateKind kind,
        Long titularMandateId,
        String personName,
        String email,
        LocalDate startsOn,
        LocalDate endsOn,
        String appointmentOrder,
        boolean votingRight) {

    /** Mandates usually run five years. */
    public static final int USUAL_YEARS = 5;
}
