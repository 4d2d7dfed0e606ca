package fr.convergences.base.mail;

import fr.convergences.testing.TestMailbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpMailerIT {

    @Test
    void a_mail_reaches_the_smtp_server_with_its_accents_intact() {
        try (TestMailbox server = new TestMailbox()) {
            SmtpMailer mailer = new SmtpMailer("127.0.0.1", server.port(), "", "", "Convergences <ne-pas-repondre@example.org>", false);

            mailer.send(new OutgoingMail("élodie@example.org", "Réunion du conseil à Évry", "Ordre du jour : santé mentale, accès aux soins."));

            TestMailbox.Mail received = server.latestTo("élodie@example.org").orElseThrow();
            assertThat(received.subject()).isEqualTo("Réunion du conseil à Évry");
            assertThat(received.text()).contains("Ordre du jour : santé mentale, accès aux soins.");
        }
    }

    @Test
    void an_unreachable_server_is_a_clear_error() {
        SmtpMailer mailer = new SmtpMailer("127.0.0.1", 1, "", "", "ne-pas-repondre@example.org", false);

        assertThatThrownBy(() -> mailer.send(new OutgoingMail("someone@example.org", "Objet", "Texte")))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("someone@example.org");
    }
}
