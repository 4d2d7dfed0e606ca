package fr.convergences.identity.oidc;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CharterAcceptanceStore;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a person vouched for by an identity provider into an account. The provider's subject
 * identifier links them; an existing account is linked by e-mail only when the provider says the
 * address is verified (otherwise anyone could claim someone else's address and take their account).
 * A first sign-in creates no account by itself: as on the sign-up form, the person first accepts the
 * participation charter ({@link #createAccount}); until then only their browser session holds the claims.
 */
@Singleton
public class ExternalSignIn {

    /** How long the claims of a first sign-in may wait for the charter: a little reading, not a day. */
    static final Duration FIRST_SIGN_IN_VALIDITY = Duration.ofMinutes(30);

    /** What a sign-in through the provider comes to. */
    public sealed interface Outcome {
        /** The account to start a session for. */
        record SignedIn(long accountId) implements Outcome {}

        /** No account yet: one is created only once the person accepts the participation charter. */
        record CharterFirst() implements Outcome {}

        /** The account is suspended or deleted. */
        record Refused() implements Outcome {}
    }

    /** A first sign-in waiting for the charter, kept in the browser session (and nowhere else) meanwhile. */
    public record FirstSignIn(OidcClient.VerifiedClaims claims, String returnPath, Instant verifiedAt)
            implements Serializable {}

    private final AccountIdentityStore identities;
    private final AccountRepository accounts;
    private final CharterAcceptanceStore charter;
    private final AuditTrail audit;
    private final Clock clock;

    public ExternalSignIn(
            AccountIdentityStore identities,
            AccountRepository accounts,
            CharterAcceptanceStore charter,
            AuditTrail audit,
            Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.charter = charter;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signs in a linked account, or links one by verified e-mail; never creates one. */
    @Transactional
    public Outcome signIn(OidcClient.VerifiedClaims claims) {
        Optional<Long> linked = identities.linkedAccount(claims.issuer(), claims.subject());
        if (linked.isPresent()) {
            return outcome(accounts.findById(linked.get()).orElseThrow());
        }
        Optional<Account> byEmail = claims.emailVerified() && claims.email() != null
                ? accounts.findByEmailIgnoringCase(claims.email())
                : Optional.empty();
        if (byEmail.isPresent()) {
            link(claims, byEmail.get(), false);
            return outcome(byEmail.get());
        }
        return new Outcome.CharterFirst();
    }

    /** The first sign-in now in this browser: its claims, where to go afterwards, and when the provider vouched. */
    public FirstSignIn pending(OidcClient.VerifiedClaims claims, String returnPath) {
        return new FirstSignIn(claims, returnPath, clock.instant());
    }

    /**
     * Creates the account of a first sign-in whose person accepted the charter, links it and records the acceptance,
     * in one transaction. The account speaks the language the person is using (the page's, as on the sign-up form):
     * their mails and notifications are written in it. Refused, with nothing written, without the charter or once the
     * claims are too old.
     */
    @Transactional
    public Outcome createAccount(FirstSignIn first, boolean acceptsCharter, Locale locale) {
        if (first.verifiedAt().plus(FIRST_SIGN_IN_VALIDITY).isBefore(clock.instant())) {
            throw new UserFacingException("identity.oidc.charter.expired");
        }
        if (!acceptsCharter) {
            throw new UserFacingException("identity.signup.charterRequired");
        }
        // Accepted in two tabs, or linked by e-mail meanwhile: the account that now exists, not a second one.
        Outcome existing = signIn(first.claims());
        if (!(existing instanceof Outcome.CharterFirst)) {
            return existing;
        }
        OidcClient.VerifiedClaims claims = first.claims();
        Locale language = Messages.supported(locale);
        Account account = accounts.save(new Account(
                null,
                claims.email() != null && claims.emailVerified() ? claims.email() : null,
                displayName(claims, language),
                null,
                AccountStatus.ACTIVE,
                language.getLanguage(),
                null,
                null,
                false,
                claims.emailVerified() ? clock.instant() : null,
                clock.instant(),
                null,
                null));
        link(claims, account, true);
        charter.record(account.storedId(), CharterAcceptanceStore.Channel.OPENID, clock.instant());
        return new Outcome.SignedIn(account.storedId());
    }

    private void link(OidcClient.VerifiedClaims claims, Account account, boolean created) {
        identities.link(claims.issuer(), claims.subject(), account.storedId(), clock.instant());
        audit.record(new AuditEvent(
                Actor.account(account.storedId()),
                null,
                "account.link-identity",
                "account",
                String.valueOf(account.storedId()),
                Map.of(),
                Map.of("issuer", claims.issuer(), "created", created)));
    }

    private static Outcome outcome(Account account) {
        return account.status() == AccountStatus.ACTIVE
                ? new Outcome.SignedIn(account.storedId())
                : new Outcome.Refused();
    }

    private static String displayName(OidcClient.VerifiedClaims claims, Locale language) {
        if (claims.name() != null && !claims.name().isBlank()) {
            return claims.name().strip().length() > Account.DISPLAY_NAME_MAX_LENGTH
                    ? claims.name().strip().substring(0, Account.DISPLAY_NAME_MAX_LENGTH)
                    : claims.name().strip();
        }
        // Not the address's local part, even verified: display names are public beside every contribution, and a local
        // part often is the person's full name or a login they never chose to show. They can rename themselves in their
        // profile. In the account's language, as created below.
        return Messages.format("identity.oidc.defaultName", language);
    }
}
