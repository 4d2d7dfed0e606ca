package fr.convergences.base.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of demo and development runs: it writes each mail to the log and sends nothing, so
 * that no one receives a mail by accident and the demo's links can be copied from the console.
 */
@Singleton
@Requires(property = "convergences.mail.mode", value = "log", defaultValue = "log")
public class LogMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("Mail not sent (convergences.mail.mode=log) to {}\nSubject: {}\n\n{}", mail.to(), mail.subject(), mail.text());
    }
}
