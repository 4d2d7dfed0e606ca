package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountServiceIT {

    private static final String PASSWORD = "une phrase de passe assez longue";

    private final TestPlatform platform = TestPlatform.shared();
    private final AccountService accounts = platform.bean(AccountService.class);
    private final AccountRepository repository = platform.bean(AccountRepository.class);
    private final TestMailbox mailbox = platform.mailbox();
    private final TestSql sql = new TestSql(platform);

    private static String newEmail() {
        return "person." + UUID.randomUUID() + "@example.org";
    }

    private static String token(String link) {
        return link.substring(link.indexOf("jeton=") + "jeton=".length());
    }

    @Test
    void sign_up_creates_a_pending_account_and_mails_a_confirmation_link_that_activates_it() {
        String email = newEmail();
        Account account = accounts.signUp(new SignUp(email, "Camille", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();

        assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(platform.bean(CharterAcceptanceStore.class).channel(account.id()))
                .as("the charter's acceptance, recorded")
                .contains(CharterAcceptanceStore.Channel.SIGN_UP);
        assertThat(account.passwordHash()).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(accounts.login(email, PASSWORD, "203.0.113.1"))
                .isEqualTo(new LoginOutcome.Refused("identity.login.unconfirmed"));
        mailbox.awaitCount(email, 1);
        assertThat(mailbox.latestTo(email).orElseThrow().subject()).contains("confirmez");

        String token = token(mailbox.latestLinkTo(email));
        assertThat(accounts.confirmEmail(token)).isTrue();
        assertThat(accounts.confirmEmail(token)).as("a link works once").isFalse();
        assertThat(accounts.login(email.toUpperCase(Locale.ROOT), PASSWORD, "203.0.113.1"))
                .isEqualTo(new LoginOutcome.SignedIn(account.id()));
    }

    @Test
    void english_speakers_get_their_mails_in_english() {
        String email = newEmail();
        accounts.signUp(new SignUp(email, "Sam", PASSWORD, Locale.ENGLISH, true));

        mailbox.awaitCount(email, 1);
        assertThat(mailbox.latestTo(email).orElseThrow().subject())
                .isEqualTo("Convergences: confirm your e-mail address");
    }

    @Test
    void refused_sign_ups_save_nothing() {
        String taken = newEmail();
        accounts.signUp(new SignUp(taken, "Premier", PASSWORD, Locale.FRENCH, true));
        long before = repository.count();

        assertThat(accounts.signUp(new SignUp(taken.toUpperCase(Locale.ROOT), "Second", PASSWORD, Locale.FRENCH, true)))
                .isEmpty();
        assertRefused(new SignUp("not-an-address", "X", PASSWORD, Locale.FRENCH, true), "identity.email.invalid");
        assertRefused(new SignUp(newEmail(), "   ", PASSWORD, Locale.FRENCH, true), "identity.displayName.required");
        assertRefused(
                new SignUp(newEmail(), "x".repeat(81), PASSWORD, Locale.FRENCH, true), "identity.displayName.tooLong");
        assertRefused(
                new SignUp(newEmail(), "Claude\n12:00:00.000 ERROR forged", PASSWORD, Locale.FRENCH, true),
                "identity.displayName.oneLine");
        assertRefused(
                new SignUp(newEmail(), "Claude\u2028forged", PASSWORD, Locale.FRENCH, true),
                "identity.displayName.oneLine");
        assertRefused(new SignUp(newEmail(), "Court", "court", Locale.FRENCH, true), "identity.password.tooShort");
        assertRefused(
                new SignUp(newEmail(), "Banal", "azertyuiop123", Locale.FRENCH, true), "identity.password.tooCommon");
        assertRefused(
                new SignUp(newEmail(), "Sans charte", PASSWORD, Locale.FRENCH, false),
                "identity.signup.charterRequired");
        assertRefused(
                new SignUp(taken, "Sans charte", PASSWORD, Locale.FRENCH, false), "identity.signup.charterRequired");

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void signing_up_with_an_address_that_has_an_account_answers_as_usual_and_tells_its_owner_by_mail() {
        String email = newEmail();
        accounts.signUp(new SignUp(email, "Premier", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();
        mailbox.awaitCount(email, 1);
        int mailsBefore = mailbox.to(email).size();

        assertThat(accounts.signUp(new SignUp(email, "Intrus", "une autre phrase de passe", Locale.ENGLISH, true)))
                .as("no refusal that would say the address has an account")
                .isEmpty();

        mailbox.awaitCount(email, mailsBefore + 1);
        assertThat(mailbox.to(email)).hasSize(mailsBefore + 1);
        TestMailbox.Mail told = mailbox.latestTo(email).orElseThrow();
        assertThat(told.subject()).isEqualTo("Convergences\u00a0: votre adresse a déjà un compte");
        assertThat(told.text()).contains("Premier", "/mot-de-passe-oublie").doesNotContain("Intrus");
    }

    private void assertRefused(SignUp form, String messageKey) {
        assertThatThrownBy(() -> accounts.signUp(form))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(messageKey);
    }

    @Test
    void wrong_passwords_delay_the_accounts_next_try_even_with_the_right_one_but_never_lock_the_owner_out() {
        String email = newEmail();
        Account account = accounts.signUp(new SignUp(email, "Dominique", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();
        accounts.confirmEmail(token(mailbox.latestLinkTo(email)));

        // A stranger tries from many addresses, as fast as the platform answers.
        int refusedWithoutCheck = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            LoginOutcome outcome = accounts.login(email, "wrong password " + attempt, "198.51.100." + attempt);
            if (outcome instanceof LoginOutcome.Delayed delayed) {
                assertThat(delayed.seconds()).isBetween(1L, 60L);
                refusedWithoutCheck++;
            } else {
                assertThat(outcome).isEqualTo(new LoginOutcome.Refused("identity.login.wrong"));
            }
        }
        assertThat(refusedWithoutCheck)
                .as("tries answered by a wait, the password unchecked")
                .isPositive();
        assertThat(accounts.login(email, PASSWORD, "198.51.100.99"))
                .as("the owner waits too")
                .isInstanceOf(LoginOutcome.Delayed.class);

        // A minute after the stranger's last counted failure, whatever their number, the owner signs in.
        sql.update(
                "UPDATE login_attempt SET attempted_at = attempted_at - interval '61 seconds' WHERE lower(email) = lower(?)",
                email);
        assertThat(accounts.login(email, PASSWORD, "198.51.100.99")).isEqualTo(new LoginOutcome.SignedIn(account.id()));
    }

    @Test
    void unknown_addresses_are_refused_like_wrong_passwords_and_throttled_per_address() {
        String address = "192.0.2." + (int) (Math.random() * 200);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(accounts.login(newEmail(), PASSWORD, address))
                    .isEqualTo(new LoginOutcome.Refused("identity.login.wrong"));
        }
        assertThat(accounts.login(newEmail(), PASSWORD, address)).isInstanceOf(LoginOutcome.Throttled.class);
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_a_weak_password_keeps_the_link_usable() {
        String email = newEmail();
        Account account = accounts.signUp(new SignUp(email, "Alix", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();
        accounts.confirmEmail(token(mailbox.latestLinkTo(email)));

        String token = token(mailbox.linkOfNextMailTo(email, () -> accounts.requestPasswordReset(email)));
        assertThatThrownBy(() -> accounts.resetPassword(token, "court")).isInstanceOf(UserFacingException.class);
        accounts.resetPassword(token, "un tout nouveau mot de passe");

        assertThat(accounts.login(email, "un tout nouveau mot de passe", "203.0.113.7"))
                .isEqualTo(new LoginOutcome.SignedIn(account.id()));
        assertThat(accounts.login(email, PASSWORD, "203.0.113.7"))
                .isEqualTo(new LoginOutcome.Refused("identity.login.wrong"));
        assertThatThrownBy(() -> accounts.resetPassword(token, "encore un autre mot de passe"))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("identity.reset.invalidLink");
    }

    @Test
    void asking_a_reset_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String email = newEmail();
        accounts.requestPasswordReset(email);
        // Reset mails go out one at a time after the answer: once a later one has arrived, the first was dealt with.
        Account known = accounts.signUp(new SignUp(newEmail(), "Témoin", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();
        mailbox.linkOfNextMailTo(known.email(), () -> accounts.requestPasswordReset(known.email()));

        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void a_reset_request_is_answered_without_waiting_for_the_account_lookup_or_the_mail() throws Exception {
        // The answer's time must not tell whether the address has an account: the request only hands the work over.
        // Proof: while another transaction holds the account's row, issuing the reset token would wait; the request
        // does not.
        Account known = accounts.signUp(new SignUp(newEmail(), "Camille", PASSWORD, Locale.FRENCH, true))
                .orElseThrow();
        mailbox.latestLinkTo(known.email());
        javax.sql.DataSource pool = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                platform.bean(javax.sql.DataSource.class));
        int before = mailbox.to(known.email()).size();
        try (java.sql.Connection holder = pool.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT id FROM account WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, known.id());
                lock.executeQuery().close();
            }
            java.util.concurrent.CompletableFuture.runAsync(() -> accounts.requestPasswordReset(known.email()))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(mailbox.to(known.email()))
                    .as("not sent while the row is held")
                    .hasSize(before);
            holder.rollback();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (mailbox.to(known.email()).size() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(mailbox.to(known.email())).as("sent once the row is free").hasSize(before + 1);
        assertThat(mailbox.latestLinkTo(known.email())).contains("/nouveau-mot-de-passe?jeton=");
    }

    @Test
    void only_hashes_of_tokens_are_stored() {
        String email = newEmail();
        accounts.signUp(new SignUp(email, "Noa", PASSWORD, Locale.FRENCH, true));
        String token = token(mailbox.latestLinkTo(email));

        assertThat(sql.count("SELECT count(*) FROM account_token WHERE token_hash = ?", token))
                .as("raw token rows")
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM account_token WHERE token_hash = ?", AccountTokens.sha256(token)))
                .as("hashed token rows")
                .isEqualTo(1);
    }

    @Test
    void the_confirmation_mail_leaves_only_once_the_sign_up_has_committed_and_its_link_does_not_stay_in_the_database() {
        String email = newEmail();

        int seenBeforeCommit = transactions().executeWrite(status -> {
            accounts.signUp(new SignUp(email, "Lou", PASSWORD, Locale.FRENCH, true));
            // Sent from another thread, as the background job does: it cannot take the uncommitted mail.
            java.util.concurrent.CompletableFuture.runAsync(
                            () -> platform.bean(OutboxDelivery.class).sendMailBatch())
                    .join();
            return mailbox.to(email).size();
        });

        assertThat(seenBeforeCommit).as("mails before the commit").isZero();
        // After the commit the mail schedule (every second) sends it; latestLinkTo waits up to 10 s.
        String token = token(mailbox.latestLinkTo(email));
        assertThat(sql.count("SELECT count(*) FROM notification_outbox_mail WHERE strpos(body, ?) > 0", token))
                .as("outbox rows still holding the link once it is sent")
                .isZero();
    }

    @Test
    void a_rolled_back_sign_up_mails_nobody() {
        String email = newEmail();

        assertThatThrownBy(() -> transactions().executeWrite(status -> {
                    accounts.signUp(new SignUp(email, "Lou", PASSWORD, Locale.FRENCH, true));
                    throw new IllegalStateException("rolled back on purpose");
                }))
                .hasMessageContaining("on purpose");

        assertThat(sql.count("SELECT count(*) FROM notification_outbox_mail WHERE recipient = ?", email))
                .as("mails waiting in the outbox after the rollback")
                .isZero();
        assertThat(mailbox.to(email)).isEmpty();
        assertThat(repository.findByEmailIgnoringCase(email)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions() {
        return platform.bean(io.micronaut.transaction.TransactionOperations.class);
    }
}
