package fr.convergences.base.mail;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a mail once the caller's transaction has committed, or at once outside a transaction. A link mailed before its
 * token is committed can be followed before the token exists, and is then refused as invalid: CI caught a reader that
 * fast (2026-12-07, a password-reset link). A rolled-back decision mails nobody. A mail that fails after the commit is
 * logged, not thrown: the decision stands, and the caller cannot undo it any more.
 */
@Singleton
public class MailAfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(MailAfterCommit.class);

    private final Mailer mailer;
    private final TransactionOperations<Connection> transactions;

    public MailAfterCommit(Mailer mailer, TransactionOperations<Connection> transactions) {
        this.mailer = mailer;
        this.transactions = transactions;
    }

    public void send(OutgoingMail mail) {
        transactions
                .findTransactionStatus()
                .ifPresentOrElse(
                        status -> status.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                try {
                                    mailer.send(mail);
                                } catch (RuntimeException e) {
                                    LOG.warn(
                                            "A mail could not be sent after its transaction committed: {}",
                                            e.getMessage());
                                }
                            }
                        }),
                        () -> mailer.send(mail));
    }
}
