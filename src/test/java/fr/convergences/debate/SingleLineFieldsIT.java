package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.territory.organisation.OrganisationForm;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationService;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Issue 18: a title, a place or a name holding a line break is refused by the service, with one message, and nothing is stored. */
class SingleLineFieldsIT {

    private static final String TABLES =
            "SELECT (SELECT count(*) FROM consultation) + (SELECT count(*) FROM contribution)"
                    + " + (SELECT count(*) FROM debate) + (SELECT count(*) FROM organisation)";

    @Test
    void a_line_break_in_a_single_line_field_is_refused_and_changes_nothing() {
        TestPlatform platform = TestPlatform.shared();
        DebateFixtures fixtures = new DebateFixtures(platform);
        long consultation = fixtures.consultation();
        TestSql sql = new TestSql(platform);
        LocalDate today = LocalDate.now();
        DebateForm debate = DebateFixtures.form("Débat", 30);

        List<Executable> calls = List.of(
                () -> platform.bean(ConsultationService.class)
                        .open(
                                fixtures.admin,
                                fixtures.council,
                                new ConsultationForm(
                                        "Consultation\nforgée",
                                        "Question ?",
                                        null,
                                        List.of(new ConsultationForm.PhaseDates(
                                                PhaseKind.CONTRIBUTIONS, today, today.plusDays(5))))),
                () -> platform.bean(ContributionService.class)
                        .submit(
                                fixtures.admin,
                                consultation,
                                new ContributionForm(
                                        ContributionKind.PROPOSAL,
                                        "Titre\nforgé",
                                        "Texte sur plusieurs\nlignes, permis",
                                        Set.of(),
                                        null)),
                () -> platform.bean(DebateService.class)
                        .create(
                                fixtures.organiser,
                                consultation,
                                withTitleAndPlace(debate, "Débat\r\nforgé", debate.place())),
                () -> platform.bean(DebateService.class)
                        .create(
                                fixtures.organiser,
                                consultation,
                                withTitleAndPlace(debate, "Débat", "Salle\u2028des fêtes")),
                () -> platform.bean(OrganisationService.class)
                        .register(
                                fixtures.admin,
                                new OrganisationForm(
                                        "Association\ndes usagers", OrganisationKind.ASSOCIATION, false, null, null)));

        for (Executable call : calls) {
            long before = sql.count(TABLES);
            assertThatThrownBy(call::execute)
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("text.singleLine"));
            assertThat(sql.count(TABLES)).as("rows after a refused call").isEqualTo(before);
        }
        Messages messages = platform.bean(Messages.class);
        assertThat(messages.getTranslation("text.singleLine", Locale.FRENCH)).contains("une seule ligne\u00a0:");
        assertThat(messages.getTranslation("text.singleLine", Locale.ENGLISH)).contains("one line");

        // The same calls with one-line texts go through: the refusal came from the line break, not from the rest of the
        // form.
        long before = sql.count(TABLES);
        platform.bean(ContributionService.class)
                .submit(
                        fixtures.admin,
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                "Titre sur une ligne",
                                "Texte sur plusieurs\nlignes, permis",
                                Set.of(),
                                null));
        platform.bean(DebateService.class).create(fixtures.organiser, consultation, debate);
        assertThat(sql.count(TABLES)).isEqualTo(before + 2);
    }

    private static DebateForm withTitleAndPlace(DebateForm form, String title, String place) {
        return new DebateForm(
                title,
                form.description(),
                form.organisationId(),
                form.day(),
                form.startTime(),
                form.endTime(),
                place,
                form.communeInsee(),
                form.stepFree(),
                form.hearingLoop(),
                form.accessibilityNotes(),
                form.onlineUrl(),
                form.capacity(),
                form.audience(),
                form.audienceDetails(),
                form.themeIds(),
                form.agenda());
    }
}
