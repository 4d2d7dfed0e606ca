package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registrants are told of every change that concerns them: their registration cancelled by the organiser, the debate moved. */
class RegistrantNoticesIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateService debates = platform.bean(DebateService.class);
    private final RegistrationService registrations = platform.bean(RegistrationService.class);
    private final TestSql sql = new TestSql(platform);
    private DebateFixtures fixtures;
    private long consultation;

    @BeforeEach
    void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    private List<Object> notifications(Account account, String titleStart) {
        return sql.column(
                "SELECT replace(title, chr(160), ' ') || ' | ' || replace(body, chr(160), ' ') FROM notification "
                        + "WHERE account_id = ? AND title LIKE ? ORDER BY id",
                account.id(),
                titleStart + "%");
    }

    private Registration confirmedWithoutAccount(Debate debate, String email) {
        registrations.registerWithoutAccount(debate.id(), "Mme Sans Compte", email, Locale.FRENCH);
        String link = platform.mailbox().latestLinkTo(email);
        return registrations.confirm(link.substring(link.indexOf("jeton=") + 6));
    }

    @Test
    void a_registration_cancelled_by_the_organiser_is_told_to_its_holder_once_the_cancellation_commits() {
        Debate debate = fixtures.publicDebate(consultation, "Accès aux soins dentaires", 10);
        Account resident = fixtures.accounts.create("Inès Inscrite");
        Registration own = registrations.register(TestAccounts.actor(resident), debate.id());
        String email = "sans.compte." + System.nanoTime() + "@example.org";
        Registration byMail = confirmedWithoutAccount(debate, email);

        registrations.cancelOnBehalf(fixtures.organiser, own.id());
        assertThat(notifications(resident, "Inscription annulée"))
                .as("told by the outbox, after the commit")
                .isEmpty();
        TestOutbox.deliverAll(platform);

        assertThat(notifications(resident, "Inscription annulée"))
                .singleElement()
                .asString()
                .startsWith(
                        "Inscription annulée : Accès aux soins dentaires | L’organisateur du débat « Accès aux soins dentaires »")
                .contains("a annulé votre inscription");
        // The registration's and the cancellation's notices are delivered in one batch, and their mails may leave in
        // either order (CI, 2026-12-08): the resident must have been mailed the cancellation, not necessarily last.
        platform.mailbox().awaitCount(resident.email(), 2);
        assertThat(platform.mailbox().to(resident.email()))
                .extracting(TestMailbox.Mail::subject)
                .contains("Inscription annulée\u00a0: Accès aux soins dentaires");

        registrations.cancelOnBehalf(fixtures.organiser, byMail.id());
        TestOutbox.deliverAll(platform); // a registrant without an account is mailed through the outbox too
        TestMailbox.Mail mail = platform.mailbox()
                .latestTo(email, sent -> sent.subject().startsWith("Inscription annulée"))
                .orElseThrow();
        assertThat(mail.subject()).isEqualTo("Inscription annulée\u00a0: Accès aux soins dentaires");
        assertThat(mail.text()).as("nothing left to cancel").doesNotContain("/debat-inscription/annuler");

        TestOutbox.deliverAll(platform);
        assertThat(notifications(resident, "Inscription annulée"))
                .as("told once")
                .hasSize(1);
    }

    @Test
    void registrants_are_told_when_the_debate_moves_and_not_when_its_description_is_corrected() {
        Debate debate = fixtures.publicDebate(consultation, "Santé des aînés", 1);
        Account seated = fixtures.accounts.create("Assise");
        Account waiting = fixtures.accounts.create("En attente");
        registrations.register(TestAccounts.actor(seated), debate.id());
        registrations.register(TestAccounts.actor(waiting), debate.id());
        DebateForm form = debates.form(fixtures.organiser, debate.id());

        debates.edit(
                fixtures.organiser,
                debate.id(),
                new DebateForm(
                        form.title(),
                        "Une description corrigée.",
                        form.organisationId(),
                        form.day(),
                        form.startTime(),
                        form.endTime(),
                        form.place(),
                        form.communeInsee(),
                        form.stepFree(),
                        form.hearingLoop(),
                        form.accessibilityNotes(),
                        form.onlineUrl(),
                        form.capacity(),
                        form.audience(),
                        form.audienceDetails(),
                        form.themeIds(),
                        form.agenda()));
        TestOutbox.deliverAll(platform);
        assertThat(notifications(seated, "Débat modifié")).isEmpty();

        debates.edit(
                fixtures.organiser,
                debate.id(),
                new DebateForm(
                        form.title(),
                        form.description(),
                        form.organisationId(),
                        form.day(),
                        LocalTime.of(14, 30),
                        LocalTime.of(16, 0),
                        "Salle des fêtes, place de la Mairie",
                        form.communeInsee(),
                        form.stepFree(),
                        form.hearingLoop(),
                        form.accessibilityNotes(),
                        form.onlineUrl(),
                        form.capacity(),
                        form.audience(),
                        form.audienceDetails(),
                        form.themeIds(),
                        form.agenda()));
        TestOutbox.deliverAll(platform);

        for (Account account : List.of(seated, waiting)) {
            assertThat(notifications(account, "Débat modifié"))
                    .singleElement()
                    .asString()
                    .startsWith("Débat modifié : Santé des aînés")
                    .contains("14:30 – 16:00", "Adresse : Salle des fêtes, place de la Mairie");
        }
    }
}
