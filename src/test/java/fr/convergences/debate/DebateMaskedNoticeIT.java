package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.i18n.Messages;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.testing.TestPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organiser whose debate texts lose an e-mail address or a phone number to masking is told which kinds, in words, as
 * contribution writers are (the views say it with the confirmation); what is masked is exactly what the page then shows
 * masked, and a text with nothing to mask says nothing.
 */
class DebateMaskedNoticeIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateService debates = platform.bean(DebateService.class);
    private final DebateFixtures fixtures = new DebateFixtures(platform);

    @Test
    void the_kinds_masked_in_a_debate_and_its_minutes_are_the_ones_the_organiser_is_told_of() {
        DebateForm plain = DebateFixtures.form("Santé des jeunes", 30);
        DebateForm withContacts = new DebateForm(
                plain.title(),
                "Questions à organisatrice@example.org avant le débat.",
                plain.organisationId(),
                plain.day(),
                plain.startTime(),
                plain.endTime(),
                plain.place(),
                plain.communeInsee(),
                plain.stepFree(),
                plain.hearingLoop(),
                plain.accessibilityNotes(),
                plain.onlineUrl(),
                plain.capacity(),
                plain.audience(),
                plain.audienceDetails(),
                plain.themeIds(),
                List.of("Accueil", "Appelez le 06 12 34 56 78 en cas de retard"));

        assertThat(debates.contactDetailsMasked(plain))
                .as("the venue's address is not masked in a debate")
                .isEmpty();
        assertThat(debates.contactDetailsMasked(withContacts))
                .containsExactlyInAnyOrder(PersonalDataDetector.Kind.EMAIL, PersonalDataDetector.Kind.PHONE);

        Debate saved = debates.create(fixtures.organiser, fixtures.consultation(), withContacts);
        assertThat(saved.description())
                .doesNotContain("organisatrice@example.org")
                .contains(PersonalDataDetector.MASK);
        assertThat(platform.bean(DebateOutcomeService.class)
                        .contactDetailsMasked("Compte rendu : écrire à secretariat@example.org."))
                .containsExactly(PersonalDataDetector.Kind.EMAIL);
        assertThat(platform.bean(DebateOutcomeService.class)
                        .contactDetailsMasked("Rendez-vous 2 rue de la Paix à Évry."))
                .isEmpty();

        // The words the organiser reads, in both languages (MaskedNotice renders this key with the kinds).
        assertThat(Messages.format("contribution.confirm.maskedNotKept", Messages.FRENCH, "une adresse e-mail"))
                .contains("masqué", "une adresse e-mail");
        assertThat(Messages.format("contribution.confirm.maskedNotKept", Messages.ENGLISH, "an e-mail address"))
                .contains("an e-mail address")
                .doesNotContain("!contribution");
    }
}
