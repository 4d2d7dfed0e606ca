package fr.convergences.identity;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.EmailAddress;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.mail.MailOutbox;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.web.PublicUrl;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts from sign-up to sign-in: creation with e-mail confirmation, sign-in with throttling,
 * password reset. Security mails are recorded in the {@link MailOutbox}, in the transaction of the change they report.
 */
@Singleton
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);

    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(2);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccountTokens tokens;
    private final LoginThrottle throttle;
    private final MailOutbox mails;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final AccountSessions sessions;
    private final RateLimits rateLimits;
    private final TransactionOperations<Connection> transactions;
    /**
     * Reset mails are looked up, issued and sent on this thread, after the request has been answered: whether the
     * address has an account, and how long the mail server takes, cannot show in the answer's timing. One thread and
     * a bounded queue: a flood of requests is dropped, not queued without end (each address is rate-limited anyway).
     */
    private final ThreadPoolExecutor resetMails = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1_000),
            task -> Thread.ofPlatform().daemon().name("reset-mails").unstarted(task),
            new ThreadPoolExecutor.DiscardPolicy());

    private final Clock clock;
    private final SessionEpochStore epochs;
    private final CharterAcceptanceStore charter;
    // Compared against when the e-mail is unknown, so that timing does not tell which addresses have accounts.
    private final String decoyHash;

    public AccountService(
            AccountRepository accounts,
            PasswordHasher hasher,
            AccountTokens tokens,
            LoginThrottle throttle,
            MailOutbox mails,
            I18NProvider messages,
            PublicUrl publicUrl,
            AccountSessions sessions,
            RateLimits rateLimits,
            TransactionOperations<Connection> transactions,
            SessionEpochStore epochs,
            Clock clock,
            CharterAcceptanceStore charter) {
        this.epochs = epochs;
        this.charter = charter;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.mails = mails;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.transactions = transactions;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password that matches nothing");
    }

    /**
     * Creates a PENDING account and mails the confirmation link; empty when the address already has an account, whose
     * owner is told by mail instead. The person signing up gets the same answer either way ("check your mail"), so
     * that the form does not tell who has an account. Nothing is saved if any field is refused.
     */
    @Transactional
    public Optional<Account> signUp(SignUp form) {
        rateLimits.requireFromClient(RateLimited.SIGN_UP);
        // Taking part means following the participation charter: asked once, here, rather than at each contribution.
        if (!form.acceptsCharter()) {
            throw new UserFacingException("identity.signup.charterRequired");
        }
        String email = normaliseEmail(form.email());
        String displayName = validDisplayName(form.displayName());
        PasswordPolicy.problem(form.password(), email).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH);
        });
        String passwordHash = hasher.hash(form.password()); // also for a known address: the same time either way
        Optional<Account> existing = accounts.findByEmailIgnoringCase(email);
        if (existing.isPresent()) {
            send(
                    existing.get(),
                    "identity.mail.exists.subject",
                    "identity.mail.exists.body",
                    publicUrl.of("/mot-de-passe-oublie"));
            return Optional.empty();
        }
        Account account;
        try {
            account = accounts.save(new Account(
                    null,
                    email,
                    displayName,
                    passwordHash,
                    AccountStatus.PENDING,
                    Messages.supported(form.locale()).getLanguage(),
                    null,
                    null,
                    false,
                    null,
                    clock.instant(),
                    null,
                    null));
        } catch (DataAccessException e) {
            // Two sign-ups with the same address at the same moment: the unique index decides.
            throw new UserFacingException("identity.email.taken");
        }
        charter.record(account.storedId(), CharterAcceptanceStore.Channel.SIGN_UP, clock.instant());
        String token = tokens.issue(account.storedId(), AccountTokens.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALIDITY);
        send(
                account,
                "identity.mail.confirm.subject",
                "identity.mail.confirm.body",
                publicUrl.of("/confirmation-email?jeton=" + token));
        return Optional.of(account);
    }

    /** Activates the account of a valid confirmation link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean confirmEmail(String token) {
        Optional<Account> account =
                tokens.consume(token, AccountTokens.Purpose.CONFIRM_EMAIL).flatMap(accounts::findById);
        if (account.isEmpty() || account.get().status() != AccountStatus.PENDING) {
            return false;
        }
        Account pending = account.get();
        accounts.update(new Account(
                pending.id(),
                pending.email(),
                pending.displayName(),
                pending.passwordHash(),
                AccountStatus.ACTIVE,
                pending.locale(),
                pending.communeInsee(),
                pending.realName(),
                pending.platformAdmin(),
                clock.instant(),
                pending.createdAt(),
                null,
                pending.version()));
        return true;
    }

    @Transactional
    public LoginOutcome login(String rawEmail, String password, String address) {
        String email = rawEmail == null ? "" : rawEmail.trim();
        if (throttle.isBlocked(address)) {
            return new LoginOutcome.Throttled(throttle.window().toMinutes());
        }
        java.time.Duration wait = throttle.accountWait(email);
        if (!wait.isZero()) {
            // Rounded up: "0 seconds" would be a lie, and the attempt is not recorded, so waiting does not grow.
            return new LoginOutcome.Delayed(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        Optional<Account> found = accounts.findByEmailIgnoringCase(email);
        boolean passwordMatches;
        if (found.isPresent()) {
            passwordMatches = hasher.matches(password, found.get().passwordHash());
        } else {
            hasher.matches(password, decoyHash); // same cost as a real check
            passwordMatches = false;
        }
        throttle.record(email, address, passwordMatches);
        if (!passwordMatches) {
            return new LoginOutcome.Refused("identity.login.wrong");
        }
        Account account = found.get();
        return switch (account.status()) {
            case ACTIVE -> new LoginOutcome.SignedIn(account.storedId());
            case PENDING -> new LoginOutcome.Refused("identity.login.unconfirmed");
            case SUSPENDED -> new LoginOutcome.Refused("identity.login.suspended");
            case DELETED -> new LoginOutcome.Refused("identity.login.wrong");
        };
    }

    /**
     * Mails a reset link if the address has an active account; says nothing either way, to protect privacy. The work
     * happens after the answer, on the reset-mail thread, the same whether or not the account exists (no timing
     * oracle). Limited per client address (refused with a message) and per target address (silently: three mails an
     * hour at most, so that nobody's mailbox can be flooded through the form).
     */
    public void requestPasswordReset(String rawEmail) {
        rateLimits.requireFromClient(RateLimited.RESET_MAIL);
        String email = rawEmail == null ? "" : rawEmail.trim();
        resetMails.execute(() -> {
            try {
                transactions.executeWrite(status -> {
                    mailResetLink(email);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("A password-reset mail could not be sent: {}", e.getMessage());
            }
        });
    }

    private void mailResetLink(String email) {
        try {
            rateLimits.requireFor(RateLimited.RESET_MAIL, "email:" + email);
        } catch (UserFacingException tooMany) {
            return; // the person asking is told nothing either way
        }
        accounts.findByEmailIgnoringCase(email)
                .filter(account ->
                        account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.PENDING)
                .ifPresent(account -> {
                    String token =
                            tokens.issue(account.storedId(), AccountTokens.Purpose.RESET_PASSWORD, RESET_VALIDITY);
                    send(
                            account,
                            "identity.mail.reset.subject",
                            "identity.mail.reset.body",
                            publicUrl.of("/nouveau-mot-de-passe?jeton=" + token));
                });
    }

    @PreDestroy
    void stopResetMails() {
        resetMails.shutdown();
    }

    /**
     * Sets a new password from a valid reset link; the link also proves the address, so a pending account becomes
     * active. Every other session of the account ends.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        // A refused password throws, which rolls the transaction back: the link stays usable.
        Account account = tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD)
                .flatMap(accounts::findById)
                .filter(found -> found.status() != AccountStatus.DELETED)
                .orElseThrow(() -> new UserFacingException("identity.reset.invalidLink"));
        PasswordPolicy.problem(newPassword, account.email()).ifPresent(key -> {
            throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH);
        });
        AccountStatus status = account.status() == AccountStatus.PENDING ? AccountStatus.ACTIVE : account.status();
        accounts.update(new Account(
                account.id(),
                account.email(),
                account.displayName(),
                hasher.hash(newPassword),
                status,
                account.locale(),
                account.communeInsee(),
                account.realName(),
                account.platformAdmin(),
                account.emailConfirmedAt() == null ? clock.instant() : account.emailConfirmedAt(),
                account.createdAt(),
                null,
                account.version()));
        // Whoever signed in with the old password (perhaps the reason for the reset) is signed out everywhere: at once
        // on this node, and on the others at their next request, through the epoch.
        epochs.endSessionsBefore(account.storedId(), clock.instant());
        sessions.endOthers(account.storedId());
    }

    /**
     * The person changes their password, typing the current one, so that a session left open on a shared computer
     * cannot take the account over. Wrong current passwords count as failed sign-ins (the same progressive delay, so
     * the form cannot be used to guess it). Every other session of the account ends, and the owner is told by mail,
     * so that a change they did not make is noticed.
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword, String address) {
        if (actor.accountId() == null) {
            throw new AccessDeniedException(Action.EDIT_OWN_PROFILE);
        }
        // A wrong current password is recorded and committed before the refusal is thrown: it must count even though
        // the change itself does not happen.
        Account account = transactions.executeWrite(status -> {
            Account found = accounts.findById(actor.accountId())
                    .orElseThrow(() -> new AccessDeniedException(Action.EDIT_OWN_PROFILE));
            if (found.passwordHash() == null) {
                throw new UserFacingException("identity.password.change.noPassword");
            }
            // Checked before anything changes: the owner is told of the change at this address.
            Objects.requireNonNull(found.email(), "an account with a password signed up or reset it by e-mail");
            Duration wait = throttle.accountWait(found.email());
            if (!wait.isZero()) {
                throw new UserFacingException(
                        "identity.password.change.wait", Math.max(1, (wait.toMillis() + 999) / 1000));
            }
            if (currentPassword == null || !hasher.matches(currentPassword, found.passwordHash())) {
                throttle.record(found.email(), address, false);
                return null;
            }
            PasswordPolicy.problem(newPassword, found.email()).ifPresent(key -> {
                throw new UserFacingException(key, PasswordPolicy.MIN_LENGTH);
            });
            Account changed = accounts.update(new Account(
                    found.id(),
                    found.email(),
                    found.displayName(),
                    hasher.hash(newPassword),
                    found.status(),
                    found.locale(),
                    found.communeInsee(),
                    found.realName(),
                    found.platformAdmin(),
                    found.emailConfirmedAt(),
                    found.createdAt(),
                    found.deletedAt(),
                    found.version()));
            // With the change itself: the owner is told even if this process dies now, and a mail server that fails
            // can no longer turn a password that did change into an error on the form.
            send(
                    changed,
                    "identity.password.changed.subject",
                    "identity.password.changed.body",
                    publicUrl.of("/mot-de-passe-oublie"));
            return changed;
        });
        if (account == null) {
            throw new UserFacingException("identity.password.change.wrongCurrent");
        }
        epochs.endSessionsBefore(account.storedId(), clock.instant());
        sessions.endOthers(account.storedId());
    }

    /**
     * Recorded in the outbox, in the caller's transaction: the mail leaves after the commit (a link must not arrive
     * before its token exists, CI caught a reader that fast), never after a rollback, and still after a crash between
     * the two. The row, which holds the link, is deleted when the mail is taken for sending.
     */
    private void send(Account account, String subjectKey, String bodyKey, String link) {
        Locale locale = Locale.forLanguageTag(account.locale());
        mails.recordMail(new OutgoingMail(
                Objects.requireNonNull(
                        account.email(),
                        "a security mail goes to an account that has an address: created with it, found by it, or holding a password"),
                messages.getTranslation(subjectKey, locale),
                messages.getTranslation(bodyKey, locale, account.displayName(), link)));
    }

    static String normaliseEmail(String raw) {
        String email = raw == null ? "" : raw.trim();
        if (!EmailAddress.isPlausible(email)) {
            throw new UserFacingException("identity.email.invalid");
        }
        return email;
    }

    public static String validDisplayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new UserFacingException("identity.displayName.required");
        }
        if (name.length() > Account.DISPLAY_NAME_MAX_LENGTH) {
            throw new UserFacingException("identity.displayName.tooLong", Account.DISPLAY_NAME_MAX_LENGTH);
        }
        if (!TextInput.isSingleLine(name)) {
            throw new UserFacingException("identity.displayName.oneLine");
        }
        return name;
    }
}
