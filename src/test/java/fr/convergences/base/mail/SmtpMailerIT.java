package fr.convergences.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.testing.TestMailbox;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmtpMailerIT {

    @Test
    void a_mail_reaches_the_smtp_server_with_its_accents_intact() {
        try (TestMailbox server = new TestMailbox()) {
            SmtpMailer mailer = new SmtpMailer(
                    "127.0.0.1", server.port(), "", "", "Convergences <ne-pas-repondre@example.org>", false);

            mailer.send(new OutgoingMail(
                    "élodie@example.org",
                    "Réunion du conseil à Évry",
                    "Ordre du jour : santé mentale, accès aux soins."));

            TestMailbox.Mail received = server.latestTo("élodie@example.org").orElseThrow();
            assertThat(received.subject()).isEqualTo("Réunion du conseil à Évry");
            assertThat(received.text()).contains("Ordre du jour : santé mentale, accès aux soins.");
        }
    }

    @Test
    void a_calendar_file_travels_as_an_attachment_beside_the_text_with_a_name_that_cannot_break_the_headers() {
        try (TestMailbox server = new TestMailbox()) {
            SmtpMailer mailer = new SmtpMailer(
                    "127.0.0.1", server.port(), "", "", "Convergences <ne-pas-repondre@example.org>", false);
            String ics = "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nSUMMARY:Débat à Évry\r\nEND:VCALENDAR\r\n";

            mailer.send(new OutgoingMail(
                    "zoe@example.org",
                    "Inscription",
                    "Votre place est réservée.",
                    List.of(MailAttachment.calendar("debat\r\nBcc: x@evil.example\"7.ics", ics))));

            TestMailbox.Mail received = server.latestTo("zoe@example.org").orElseThrow();
            assertThat(received.text()).isEqualTo("Votre place est réservée.");
            assertThat(received.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("debat-Bcc-x-evil.example-7.ics");
                assertThat(file.contentType()).startsWith("text/calendar").contains("method=PUBLISH");
                assertThat(file.text()).isEqualTo(ics);
            });
        }
    }

    @Test
    void an_unreachable_server_is_a_clear_error() {
        SmtpMailer mailer = new SmtpMailer("127.0.0.1", 1, "", "", "ne-pas-repondre@example.org", false);

        assertThatThrownBy(() -> mailer.send(new OutgoingMail("someone@example.org", "Objet", "Texte")))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("someone@example.org");
    }

    @Test
    void a_batch_of_mails_shares_one_connection_and_a_mail_that_cannot_be_sent_does_not_stop_the_next_ones() {
        try (TestMailbox server = new TestMailbox()) {
            SmtpMailer mailer = new SmtpMailer(
                    "127.0.0.1", server.port(), "", "", "Convergences <ne-pas-repondre@example.org>", false);
            List<String> failed = new java.util.ArrayList<>();

            mailer.sendEach(
                    List.of(
                            new OutgoingMail("anne@example.org", "Première", "Un."),
                            new OutgoingMail("pas une adresse", "Deuxième", "Deux."),
                            new OutgoingMail("bruno@example.org", "Troisième", "Trois."),
                            new OutgoingMail("anne@example.org", "Quatrième", "Quatre.")),
                    (mail, e) -> failed.add(mail.subject()));

            assertThat(failed).containsExactly("Deuxième");
            assertThat(server.to("anne@example.org"))
                    .extracting(TestMailbox.Mail::subject)
                    .containsExactly("Première", "Quatrième");
            assertThat(server.to("bruno@example.org"))
                    .extracting(TestMailbox.Mail::text)
                    .containsExactly("Trois.");
        }
    }

    @Test
    void when_the_server_cannot_be_reached_every_mail_of_a_batch_is_reported_as_not_sent() {
        SmtpMailer mailer = new SmtpMailer("127.0.0.1", 1, "", "", "ne-pas-repondre@example.org", false);
        List<RuntimeException> failures = new java.util.ArrayList<>();

        mailer.sendEach(
                List.of(
                        new OutgoingMail("un@example.org", "Objet", "Texte"),
                        new OutgoingMail("deux@example.org", "Objet", "Texte")),
                (mail, e) -> failures.add(e));

        assertThat(failures).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(MailNotSentException.class));
        assertThat(failures.get(1)).hasMessageContaining("deux@example.org");
    }
}
