package fr.convergences.contribution;

import fr.convergences.base.PersonalDataDetector;
import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.Set;

/**
 * A contribution's title and text as their author wrote them, when personal data had to be masked before publishing:
 * seen by the author (in their data download) and the moderators, never by the public.
 */
public record OriginalText(String title, String body, Set<PersonalDataDetector.Kind> kinds) {

    /** The original of a text that holds personal data; null when there is nothing to mask. */
    static @Nullable OriginalText of(ContributionText written) {
        Set<PersonalDataDetector.Kind> kinds = EnumSet.noneOf(PersonalDataDetector.Kind.class);
        kinds.addAll(PersonalDataDetector.kinds(written.title()));
        kinds.addAll(PersonalDataDetector.kinds(written.body()));
        return kinds.isEmpty() ? null : new OriginalText(written.title(), written.body(), Set.copyOf(kinds));
    }
}
