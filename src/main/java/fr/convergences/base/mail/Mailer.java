package fr.convergences.base.mail;

/**
 * Sends e-mail. In demo and development mode mails are written to the log instead of being sent,
 * so that nothing leaves the machine by accident; in production they go through an SMTP server.
 */
public interface Mailer {

    void send(OutgoingMail mail);
}
