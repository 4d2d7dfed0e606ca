package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.transaction.TransactionOperations;
import java.io.StringReader;
import java.sql.Connection;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails that give someone a seat carry the debate's address and its .ics file, read here as a mail reader would;
 * mails to addresses without an account leave through the outbox, only once the registration commits.
 */
class RegistrantMailIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final RegistrationService registrations = platform.bean(RegistrationService.class);
    private DebateFixtures fixtures;
    private long consultation;

    @BeforeEach
    void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    private static VEvent event(TestMailbox.Mail mail, long debateId) throws Exception {
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("debat-" + debateId + ".ics");
            assertThat(file.contentType()).startsWith("text/calendar").containsIgnoringCase("method=PUBLISH");
        });
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(mail.attachments().getFirst().text()));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    @Test
    void a_signed_in_registrant_and_someone_who_confirms_by_mail_both_get_the_address_and_the_calendar_file()
            throws Exception {
        Debate debate = fixtures.publicDebate(consultation, "Santé mentale des jeunes", 1);
        Account resident = fixtures.accounts.create("Inès Habitante");

        registrations.register(TestAccounts.actor(resident), debate.id());

        TestOutbox.deliverAll(platform); // a signed-in registrant is told through the outbox
        TestMailbox.Mail seat = platform.mailbox().latestTo(resident.email()).orElseThrow();
        assertThat(seat.subject()).isEqualTo("Inscription confirmée\u00a0: Santé mentale des jeunes");
        assertThat(seat.text())
                .contains("Adresse\u00a0: Maison des associations, 2 rue de la Paix", "/debats/" + debate.id());
        VEvent event = event(seat, debate.id());
        assertThat(event.getSummary().getValue()).isEqualTo("Santé mentale des jeunes");
        assertThat(event.getLocation().getValue()).isEqualTo("Maison des associations, 2 rue de la Paix");
        assertThat(event.getUid().map(uid -> uid.getValue()).orElseThrow())
                .isEqualTo("debate-" + debate.id() + "@convergences");
        assertThat(java.time.Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(platform.bean(DebateService.class).find(debate.id()).startsAt());

        // The debate is full: the next person waits, and their mail promises nothing, so it carries no calendar file.
        String email = "sans.compte." + System.nanoTime() + "@example.org";
        registrations.registerWithoutAccount(debate.id(), "M. Sans Compte", email, Locale.ENGLISH);
        String link = platform.mailbox().latestLinkTo(email);
        registrations.confirm(link.substring(link.indexOf("jeton=") + 6));
        TestOutbox.deliverAll(platform); // mails to addresses without an account go through the outbox too
        TestMailbox.Mail waiting = platform.mailbox().latestTo(email).orElseThrow();
        assertThat(waiting.subject()).startsWith("Waiting list");
        assertThat(waiting.attachments()).isEmpty();

        // A seat is freed: the first waiting gets it, with the address and the file, in their language.
        registrations.cancelOwn(TestAccounts.actor(resident), debate.id());
        TestOutbox.deliverAll(platform);
        TestMailbox.Mail promoted = platform.mailbox().latestTo(email).orElseThrow();
        assertThat(promoted.subject()).isEqualTo("A seat became free: Santé mentale des jeunes");
        assertThat(promoted.text())
                .contains("Address: Maison des associations, 2 rue de la Paix", "/debat-inscription/annuler?jeton=");
        assertThat(event(promoted, debate.id()).getSummary().getValue()).isEqualTo("Santé mentale des jeunes");
    }

    @Test
    void a_registration_that_rolls_back_mails_nobody_and_one_that_commits_is_mailed_after_its_commit() {
        Debate debate = fixtures.publicDebate(consultation, "Inscriptions par courriel", 5);
        TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);
        String undone = "annulee." + System.nanoTime() + "@example.org";
        String kept = "gardee." + System.nanoTime() + "@example.org";

        // The registration is written, its confirmation mail recorded, then the enclosing transaction fails.
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    registrations.registerWithoutAccount(debate.id(), "Mme Annulée", undone, Locale.FRENCH);
                    throw new IllegalStateException("the decision fails after the registration");
                }))
                .hasMessageContaining("the decision fails");
        transactions.executeWrite(
                status -> registrations.registerWithoutAccount(debate.id(), "M. Gardé", kept, Locale.FRENCH));
        TestOutbox.deliverAll(platform);

        assertThat(platform.mailbox().to(undone))
                .as("rolled back: nobody mailed")
                .isEmpty();
        assertThat(platform.mailbox().to(kept))
                .singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("/debat-inscription/confirmer?jeton="));
        assertThat(new TestSql(platform)
                        .count("SELECT count(*) FROM notification_outbox_mail WHERE recipient IN (?, ?)", undone, kept))
                .as("a sent mail leaves no address in the outbox")
                .isZero();
    }
}
