package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One of the person's own contributions, as "Mes contributions" lists it; {@code answer} is null until the council answers. */
public record MyContribution(
        long id,
        String consultationTitle,
        String title,
        ContributionStatus status,
        boolean hidden,
        @Nullable AnswerStatus answer,
        Instant date) {}
