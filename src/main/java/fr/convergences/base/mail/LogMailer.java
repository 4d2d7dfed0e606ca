package fr.convergences.base.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
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
        LOG.info(
                "Mail not sent (convergences.mail.mode=log) to {}\n{}",
                oneLine(mail.to()),
                quoted("Subject: " + oneLine(mail.subject()) + "\n\n" + mail.text()
                        + mail.attachments().stream()
                                .map(file -> "\n[" + file + "]")
                                .collect(Collectors.joining())));
    }

    /**
     * Every line of the mail behind a quote mark: a name or a title chosen by a visitor, with line breaks in it, must
     * not start a line of its own that would read as another entry of the log.
     */
    static String quoted(String text) {
        return text.lines().map(line -> "  | " + line).collect(Collectors.joining("\n"));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\u2028\\u2029\\x0B\\f\\x85]+", " ");
    }
}
