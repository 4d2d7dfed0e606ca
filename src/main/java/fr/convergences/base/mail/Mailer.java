package fr.convergences.base.mail;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Sends e-mail. In demo and development mode mails are written to the log instead of being sent,
 * so that nothing leaves the machine by accident; in production they go through an SMTP server.
 */
public interface Mailer {

    void send(OutgoingMail mail);

    /**
     * Sends each mail on its own: one that cannot be sent is handed to {@code failed} and the next ones still go.
     * One after the other through {@link #send} here; an SMTP mailer shares one connection between them.
     */
    default void sendEach(List<OutgoingMail> mails, BiConsumer<OutgoingMail, RuntimeException> failed) {
        for (OutgoingMail mail : mails) {
            try {
                send(mail);
            } catch (RuntimeException e) {
                failed.accept(mail, e);
            }
        }
    }
}
