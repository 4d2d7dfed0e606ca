package fr.convergences.project.letter;

import fr.convergences.project.notification.Trail;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * One letter: to the person met at a place on a day (by name if they gave it), from whoever collected their words,
 * about their contribution to a consultation, with its public trail and the address of its page.
 */
public record Letter(
        String sender,
        String councilName,
        String consultationTitle,
        String place,
        LocalDate collectedOn,
        @Nullable String participantName,
        String contributionTitle,
        String contributionBody,
        Trail trail,
        String address) {}
