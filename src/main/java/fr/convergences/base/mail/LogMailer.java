package fr.convergences.base.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of demo and development runs: it writes each mail to the log and sends nothing, so that no one receives
 * a mail by accident and the demo's links can be copied from the console. A mail's text holds secrets (sign-up,
 * password-reset and invitation links), so the text is written only when the run says it wants it
 * ({@code convergences.mail.log-contents}, on in demo mode); otherwise the log gets the recipient and the subject, and
 * start-up warns that no mail leaves: a server started without its mail settings must neither mail nobody silently nor
 * leave reset links in its log.
 */
@Singleton
@Requires(property = "convergences.mail.mode", value = "log", defaultValue = "log")
public class LogMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    private final boolean contents;

    @Inject
    public LogMailer(
            @Value("${convergences.demo.enabled:false}") boolean demo,
            @Value("${convergences.mail.log-contents:false}") boolean asked) {
        this(demo || asked);
    }

    LogMailer(boolean contents) {
        this.contents = contents;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!contents) {
            LOG.warn("No mail is sent: convergences.mail.mode is \"log\", and mails are logged without their text "
                    + "(links in them are secrets). Set convergences.mail.mode=smtp and the mail server's settings "
                    + "(docs/OPERATIONS.md) to send them.");
        }
    }

    @Override
    public void send(OutgoingMail mail) {
        String body = contents
                ? "\n\n" + mail.text()
                        + mail.attachments().stream()
                                .map(file -> "\n[" + file + "]")
                                .collect(Collectors.joining())
                : "\n\n(text not logged: set convergences.mail.log-contents=true on a development machine)";
        LOG.info(
                "Mail not sent (convergences.mail.mode=log) to {}\n{}",
                oneLine(mail.to()),
                quoted("Subject: " + oneLine(mail.subject()) + body));
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
