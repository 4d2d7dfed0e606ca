package fr.convergences.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestPlatform;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailAfterCommitIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestMailbox mailbox = platform.mailbox();
    private final MailAfterCommit mails = platform.bean(MailAfterCommit.class);

    @SuppressWarnings("unchecked")
    private final TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);

    @Test
    void a_mail_asked_for_inside_a_transaction_leaves_only_once_it_has_committed() {
        String address = "after.commit." + UUID.randomUUID() + "@example.org";

        int seenBeforeCommit = transactions.executeWrite(status -> {
            mails.send(new OutgoingMail(address, "Lien", "https://example.org/?jeton=abc"));
            return mailbox.to(address).size();
        });

        assertThat(seenBeforeCommit).isZero();
        assertThat(mailbox.latestLinkTo(address)).isEqualTo("https://example.org/?jeton=abc");
    }

    @Test
    void a_rolled_back_transaction_mails_nobody() {
        String address = "rolled.back." + UUID.randomUUID() + "@example.org";

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    mails.send(new OutgoingMail(address, "Lien", "https://example.org/?jeton=abc"));
                    throw new IllegalStateException("rolled back on purpose");
                }))
                .hasMessageContaining("on purpose");

        // A mail that would leave could only be sent on this thread, during the call above: nothing can come later.
        assertThat(mailbox.to(address)).isEmpty();
    }
}
