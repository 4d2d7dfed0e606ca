package fr.convergences.contribution;

import com.vaadin.flow.component.Component;
import fr.convergences.base.PersonalDataDetector;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the writer of a comment or an addendum which kinds of personal data were masked in what they typed, and that,
 * unlike a contribution's, no original is kept (issue 15): the moderators do not see it either.
 */
public final class MaskedNotice {

    private MaskedNotice() {}

    public static String notKept(Component source, Set<PersonalDataDetector.Kind> masked) {
        return source.getTranslation(
                "contribution.confirm.maskedNotKept",
                masked.stream()
                        .map(kind -> source.getTranslation("personalData.kind." + kind.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }
}
