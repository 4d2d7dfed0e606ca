package fr.convergences.territory.council;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A mandate as the ARS appointment order states it. For a substitute, the titular's mandate it backs.
 * The e-mail address, when given, receives the invitation that links the seat to the person's account.
 */
public record MandateForm(
        long collegeId,
        MandateKind kind,
        @Nullable Long titularMandateId,
        String personName,
        @Nullable String email,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String appointmentOrder,
        boolean votingRight) {

    /** Mandates usually run five years. */
    public static final int USUAL_YEARS = 5;
}
