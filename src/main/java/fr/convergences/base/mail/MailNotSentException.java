package fr.convergences.base.mail;

/** The mail server refused or could not be reached; the caller's transaction rolls back with it. */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String recipient, Throwable cause) {
        super("The mail to " + recipient + " could not be sent: " + cause.getMessage(), cause);
    }
}
