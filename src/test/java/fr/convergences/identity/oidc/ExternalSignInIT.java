package fr.convergences.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.CharterAcceptanceStore;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A first sign-in through an identity provider asks the participation charter before any account exists (issue 15). */
class ExternalSignInIT {

    private static final String ISSUER = "https://fournisseur.example.org";

    private final TestPlatform platform = TestPlatform.shared();
    private final ExternalSignIn signIn = platform.bean(ExternalSignIn.class);
    private final TestSql sql = new TestSql(platform);

    private static OidcClient.VerifiedClaims claims(String email, boolean verified) {
        return new OidcClient.VerifiedClaims(ISSUER, "sub-" + UUID.randomUUID(), email, verified, "Marianne Durand");
    }

    private long rowsOf(OidcClient.VerifiedClaims claims) {
        return sql.count(
                        "SELECT count(*) FROM account_identity WHERE issuer = ? AND subject = ?",
                        claims.issuer(),
                        claims.subject())
                + sql.count("SELECT count(*) FROM account WHERE email = ?", claims.email());
    }

    @Test
    void
            a_first_sign_in_creates_nothing_until_the_charter_is_accepted_then_the_account_is_linked_with_its_acceptance() {
        var claims = claims("fc." + UUID.randomUUID() + "@example.org", true);

        assertThat(signIn.signIn(claims)).isEqualTo(new ExternalSignIn.Outcome.CharterFirst());
        assertThat(rowsOf(claims)).as("no account, no link before the charter").isZero();
        var first = signIn.pending(claims, "/profil");
        assertThatThrownBy(() -> signIn.createAccount(first, false, Locale.FRENCH))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("identity.signup.charterRequired");
        assertThat(rowsOf(claims)).as("refused: nothing written").isZero();

        var created = (ExternalSignIn.Outcome.SignedIn) signIn.createAccount(first, true, Locale.FRENCH);

        assertThat(platform.bean(CharterAcceptanceStore.class).channel(created.accountId()))
                .contains(CharterAcceptanceStore.Channel.OPENID);
        assertThat(signIn.signIn(claims))
                .as("the next sign-in goes straight in")
                .isEqualTo(created);
        assertThat(signIn.createAccount(first, true, Locale.FRENCH))
                .as("accepted again in another tab: the same account")
                .isEqualTo(created);
        assertThat(sql.count("SELECT count(*) FROM account WHERE email = ?", claims.email()))
                .isEqualTo(1);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'account.link-identity' AND subject_id = ?",
                        String.valueOf(created.accountId())))
                .isEqualTo(1);
    }

    @Test
    void an_existing_account_with_the_verified_address_is_linked_without_asking_again() {
        Account existing = new TestAccounts(platform).create("Déjà inscrite");
        var claims = claims(existing.email(), true);

        assertThat(signIn.signIn(claims)).isEqualTo(new ExternalSignIn.Outcome.SignedIn(existing.id()));
        assertThat(signIn.signIn(claims(existing.email(), false)))
                .as("an unverified address links nothing")
                .isEqualTo(new ExternalSignIn.Outcome.CharterFirst());
    }

    @Test
    void a_provider_that_sends_no_name_gives_the_bundle_s_name_not_the_address() {
        String email = "marianne.durand." + UUID.randomUUID() + "@example.org";
        var nameless = new OidcClient.VerifiedClaims(ISSUER, "sub-" + UUID.randomUUID(), email, true, " ");

        var created = (ExternalSignIn.Outcome.SignedIn)
                signIn.createAccount(signIn.pending(nameless, "/"), true, Locale.FRENCH);

        assertThat(platform.bean(AccountRepository.class)
                        .findById(created.accountId())
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Personne participante")
                .doesNotContain("marianne");
    }

    @Test
    void an_account_made_from_an_english_page_speaks_english_its_default_name_included() {
        var nameless = new OidcClient.VerifiedClaims(
                ISSUER, "sub-" + UUID.randomUUID(), "en." + UUID.randomUUID() + "@example.org", true, " ");

        var created = (ExternalSignIn.Outcome.SignedIn)
                signIn.createAccount(signIn.pending(nameless, "/"), true, Locale.forLanguageTag("en-GB"));

        Account account = platform.bean(AccountRepository.class)
                .findById(created.accountId())
                .orElseThrow();
        assertThat(account.locale()).isEqualTo("en");
        assertThat(account.displayName()).isEqualTo("Participant");
    }

    @Test
    void claims_left_waiting_too_long_create_nothing() {
        var claims = claims("fc." + UUID.randomUUID() + "@example.org", true);
        var stale = new ExternalSignIn.FirstSignIn(
                claims,
                "/",
                platform.bean(Clock.class)
                        .instant()
                        .minus(ExternalSignIn.FIRST_SIGN_IN_VALIDITY)
                        .minusSeconds(60));

        assertThatThrownBy(() -> signIn.createAccount(stale, true, Locale.FRENCH))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("identity.oidc.charter.expired");
        assertThat(rowsOf(claims)).isZero();
    }
}
