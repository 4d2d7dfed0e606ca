package fr.convergences.identity.oidc;

import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through a real OpenID Connect provider started by the test (mock-oauth2-server). */
class OidcSignInBrowserIT extends BrowserTest {

    private static void providerWillVouchFor(String subject, Map<String, Object> claims) {
        platform.identityProvider().enqueueCallback(new DefaultOAuth2TokenCallback(TestPlatform.OIDC_ISSUER_ID, subject, "JWT",
                List.of(TestPlatform.OIDC_CLIENT_ID), claims));
    }

    private static void signInWithProvider() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/connexion?retour=%2Fprofil"));
        assertAccessible(browser, "login page with the identity provider button");
        browser.click(By.id("login-oidc"));
    }

    @Test
    void a_new_person_signs_in_with_the_provider_and_gets_an_account() {
        String subject = "sub-" + UUID.randomUUID();
        String email = "fc." + UUID.randomUUID() + "@example.org";
        providerWillVouchFor(subject, Map.of("email", email, "email_verified", true, "name", "Marianne Durand"));

        signInWithProvider();

        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Marianne Durand");
        Account account = platform.bean(AccountRepository.class).findByEmailIgnoringCase(email).orElseThrow();
        assertThat(account.passwordHash()).isNull();

        // The same subject signs in again to the same account.
        providerWillVouchFor(subject, Map.of("email", email, "email_verified", true, "name", "Marianne Durand"));
        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(platform.bean(AccountRepository.class).findByEmailIgnoringCase(email).orElseThrow().id()).isEqualTo(account.id());
    }

    @Test
    void a_verified_address_links_to_the_existing_account_an_unverified_one_does_not() {
        Account existing = new TestAccounts(platform).create("Déjà inscrite");
        providerWillVouchFor("sub-" + UUID.randomUUID(), Map.of("email", existing.email(), "email_verified", false, "name", "Usurpateur"));
        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Usurpateur");

        providerWillVouchFor("sub-" + UUID.randomUUID(), Map.of("email", existing.email(), "email_verified", true, "name", "Autre nom"));
        signInWithProvider();
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Déjà inscrite");
    }

    @Test
    void a_callback_not_started_from_this_browser_is_refused() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/oidc/callback?code=forged&state=forged"));

        assertThat(browser.text(By.id("oidc-status"))).contains("n’a pas été demandée depuis ce navigateur");
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();
    }
}
