package fr.convergences.identity.oidc;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in through a real OpenID Connect provider started by the test (mock-oauth2-server). */
class OidcSignInBrowserIT extends BrowserTest {

    private static void providerWillVouchFor(String subject, Map<String, Object> claims) {
        platform.identityProvider()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        TestPlatform.OIDC_ISSUER_ID, subject, "JWT", List.of(TestPlatform.OIDC_CLIENT_ID), claims));
    }

    private static void signInWithProvider() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/connexion?retour=%2Fprofil"));
        assertAccessible(browser, "login page with the identity provider button");
        browser.click(By.id("login-oidc"));
    }

    /** A first sign-in stops at the participation charter; ticked and accepted, the account is made. */
    private static void acceptTheCharter() {
        browser.waitForText(By.cssSelector("#main-content h1"), "Une dernière étape");
        browser.click(By.cssSelector("#oidc-charter input"));
        browser.click(By.id("oidc-charter-accept"));
    }

    @Test
    void a_new_person_signs_in_with_the_provider_accepts_the_charter_and_gets_an_account() {
        String subject = "sub-" + UUID.randomUUID();
        String email = "fc." + UUID.randomUUID() + "@example.org";
        providerWillVouchFor(subject, Map.of("email", email, "email_verified", true, "name", "Marianne Durand"));

        signInWithProvider();

        browser.waitForText(By.cssSelector("#main-content h1"), "Une dernière étape")
                .waitUntilIdle();
        assertAccessible(browser, "the participation charter after a first sign-in with the provider");
        assertThat(platform.bean(AccountRepository.class).findByEmailIgnoringCase(email))
                .as("no account before the charter")
                .isEmpty();
        browser.click(By.id("oidc-charter-accept"));
        browser.waitForText(By.id("oidc-charter-status"), "cochez la case");
        assertThat(platform.bean(AccountRepository.class).findByEmailIgnoringCase(email))
                .as("refused without the box ticked")
                .isEmpty();
        acceptTheCharter();

        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Marianne Durand");
        Account account = platform.bean(AccountRepository.class)
                .findByEmailIgnoringCase(email)
                .orElseThrow();
        assertThat(account.passwordHash()).isNull();

        // The same subject signs in again to the same account.
        providerWillVouchFor(subject, Map.of("email", email, "email_verified", true, "name", "Marianne Durand"));
        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(platform.bean(AccountRepository.class)
                        .findByEmailIgnoringCase(email)
                        .orElseThrow()
                        .id())
                .isEqualTo(account.id());
    }

    @Test
    void a_person_reading_in_english_gets_an_account_in_english_and_stays_in_english_once_signed_in() {
        String email = "en." + UUID.randomUUID() + "@example.org";
        providerWillVouchFor("sub-" + UUID.randomUUID(), Map.of("email", email, "email_verified", true, "name", "Sam"));
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/connexion?retour=%2Fprofil"));
        browser.click(By.id("language-switch"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Sign in").waitUntilIdle();

        browser.click(By.id("login-oidc"));
        browser.waitForText(By.cssSelector("#main-content h1"), "One last step before your account is created");
        browser.click(By.cssSelector("#oidc-charter input"));
        browser.click(By.id("oidc-charter-accept"));

        browser.waitForText(By.cssSelector("#main-content h1"), "My profile");
        assertThat(platform.bean(AccountRepository.class)
                        .findByEmailIgnoringCase(email)
                        .orElseThrow()
                        .locale())
                .isEqualTo("en");
    }

    @Test
    void a_verified_address_links_to_the_existing_account_an_unverified_one_does_not() {
        Account existing = new TestAccounts(platform).create("Déjà inscrite");
        providerWillVouchFor(
                "sub-" + UUID.randomUUID(),
                Map.of("email", existing.email(), "email_verified", false, "name", "Usurpateur"));
        signInWithProvider();
        acceptTheCharter(); // an unverified address is a new person, asked the charter
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Usurpateur");

        providerWillVouchFor(
                "sub-" + UUID.randomUUID(),
                Map.of("email", existing.email(), "email_verified", true, "name", "Autre nom"));
        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Déjà inscrite");
    }

    @Test
    void declining_the_charter_leaves_no_account_and_no_link() {
        String subject = "sub-" + UUID.randomUUID();
        String email = "fc." + UUID.randomUUID() + "@example.org";
        providerWillVouchFor(subject, Map.of("email", email, "email_verified", true, "name", "Qui refuse"));

        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Une dernière étape");
        browser.click(By.id("oidc-charter-decline"));

        browser.waitForText(By.id("oidc-charter-status"), "aucun compte n’a été créé");
        assertThat(platform.bean(AccountRepository.class).findByEmailIgnoringCase(email))
                .isEmpty();
        assertThat(new TestSql(platform).count("SELECT count(*) FROM account_identity WHERE subject = ?", subject))
                .isZero();
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();
        browser.open(platform.uri("/connexion/charte"));
        assertThat(browser.text(By.id("oidc-charter-status")))
                .as("nothing left to accept")
                .contains("n’a pas été demandée depuis ce navigateur");
    }

    @Test
    void a_callback_not_started_from_this_browser_is_refused() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/oidc/callback?code=forged&state=forged"));

        assertThat(browser.text(By.id("oidc-status"))).contains("n’a pas été demandée depuis ce navigateur");
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();
    }
}
