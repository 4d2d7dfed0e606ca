package fr.convergences.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogMailerTest {

    @Test
    void a_line_break_in_a_visitor_s_name_cannot_forge_a_log_entry() {
        Logger logger = (Logger) LoggerFactory.getLogger(LogMailer.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            new LogMailer(true)
                    .send(
                            new OutgoingMail(
                                    "claude@example.org",
                                    "Bienvenue Claude\n12:00:00.000 ERROR f.c.identity.AccountService - forged",
                                    "Bonjour Claude\r\n12:00:01.000 WARN  forged too\n\nhttp://localhost:8080/confirmation-email?jeton=abc"));
        } finally {
            logger.detachAppender(log);
        }
        String[] lines = log.list.getFirst().getFormattedMessage().split("\n");
        assertThat(lines[0]).startsWith("Mail not sent").contains("claude@example.org");
        assertThat(Arrays.stream(lines).skip(1).toList())
                .allSatisfy(line -> assertThat(line).startsWith("  | "));
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line)
                                .isEqualTo(
                                        "  | Subject: Bienvenue Claude 12:00:00.000 ERROR f.c.identity.AccountService - forged"));
        assertThat(lines).contains("  | http://localhost:8080/confirmation-email?jeton=abc");
    }

    @Test
    void outside_demo_mode_a_mail_s_text_and_its_links_stay_out_of_the_log() {
        Logger logger = (Logger) LoggerFactory.getLogger(LogMailer.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            new LogMailer(false)
                    .send(new OutgoingMail(
                            "claude@example.org",
                            "Réinitialiser votre mot de passe",
                            "Bonjour Claude\n\nhttp://localhost:8080/mot-de-passe?jeton=secret-token"));
        } finally {
            logger.detachAppender(log);
        }
        String entry = log.list.getFirst().getFormattedMessage();
        assertThat(entry).contains("claude@example.org", "Réinitialiser votre mot de passe");
        assertThat(entry).doesNotContain("secret-token", "Bonjour");
    }
}
