package fr.convergences.identity.oidc;

import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.Actor;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a person vouched for by an identity provider into an account. The provider's subject
 * identifier links them; an existing account is linked by e-mail only when the provider says the
 * address is verified (otherwise anyone could claim someone else's address and take their account).
 */
@Singleton
public class ExternalSignIn {

    private final AccountIdentityStore identities;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public ExternalSignIn(AccountIdentityStore identities, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account to sign in, or empty when it is suspended or deleted. */
    @Transactional
    public Optional<Long> accountFor(OidcClient.VerifiedClaims claims) {
        Long linked = identities.linkedAccount(claims.issuer(), claims.subject()).orElse(null);
        Account account = linked != null ? accounts.findById(linked).orElseThrow() : linkOrCreate(claims);
        return account.status() == AccountStatus.ACTIVE ? Optional.of(account.id()) : Optional.empty();
    }

    private Account linkOrCreate(OidcClient.VerifiedClaims claims) {
        Optional<Account> byEmail = claims.emailVerified() && claims.email() != null
                ? accounts.findByEmailIgnoringCase(claims.email()) : Optional.empty();
        Account account = byEmail.orElseGet(() -> accounts.save(new Account(null, claims.email() != null && claims.emailVerified()
                ? claims.email() : null, displayName(claims), null, AccountStatus.ACTIVE, "fr", null, null, false,
                claims.emailVerified() ? clock.instant() : null, clock.instant(), null, null)));
        identities.link(claims.issuer(), claims.subject(), account.id(), clock.instant());
        audit.record(new AuditEvent(Actor.account(account.id()), null, "account.link-identity", "account", String.valueOf(account.id()),
                Map.of(), Map.of("issuer", claims.issuer(), "created", byEmail.isEmpty())));
        return account;
    }

    private static String displayName(OidcClient.VerifiedClaims claims) {
        if (claims.name() != null && !claims.name().isBlank()) {
            return claims.name().strip().length() > Account.DISPLAY_NAME_MAX_LENGTH
                    ? claims.name().strip().substring(0, Account.DISPLAY_NAME_MAX_LENGTH) : claims.name().strip();
        }
        return claims.email() != null ? claims.email().split("@")[0] : "Participant";
    }
}
