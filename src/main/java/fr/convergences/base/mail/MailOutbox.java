package fr.convergences.base.mail;

/**
 * Where a feature records a mail that must leave once its decision has committed, and only then: the mail is written in
 * the caller's transaction and sent afterwards by a background job, even if the process dies in between (a restart
 * sends it). A rolled-back decision mails nobody, and a link cannot arrive before the token it carries exists.
 *
 * <p>An interface here, implemented by the notification outbox: features below it (identity's accounts, territory's
 * invitations) can mail durably without depending on the notification package, which depends on them.
 */
public interface MailOutbox {

    /** Records a mail already written in its reader's language; one attachment at most. */
    void recordMail(OutgoingMail mail);
}
