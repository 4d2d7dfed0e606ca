package fr.convergences.identity;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignUpBrowserIT extends BrowserTest {

    @Test
    void a_resident_signs_up_confirms_by_mail_signs_in_and_out() {
        String email = "resident." + UUID.randomUUID() + "@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));
        browser.click(By.id("account-login"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Se connecter").waitUntilIdle();
        assertAccessible(browser, "login page");
        browser.click(By.linkText("Pas encore de compte ? Créer un compte"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Créer un compte")
                .waitUntilIdle();
        assertAccessible(browser, "sign-up page");

        browser.find(By.cssSelector("#signup-email input")).sendKeys(email);
        browser.find(By.cssSelector("#signup-display-name input")).sendKeys("Habitante d’Évry <b>");
        browser.find(By.cssSelector("#signup-password input")).sendKeys("court");
        browser.click(By.id("signup-submit"));
        // No account without the participation charter, asked once, here (issue 15).
        browser.waitForText(By.cssSelector(".status-error"), "charte de participation")
                .waitUntilIdle();
        browser.click(By.cssSelector("#signup-charter input"));
        browser.click(By.id("signup-submit"));
        browser.waitForText(By.cssSelector(".status-error"), "au moins 12 caractères")
                .waitUntilIdle();
        assertAccessible(browser, "sign-up page with an error");

        browser.find(By.cssSelector("#signup-password input")).sendKeys(" mais bien plus long maintenant");
        browser.click(By.id("signup-submit"));
        assertThat(browser.text(By.id("signup-done"))).contains(email);

        String link = platform.mailbox().latestLinkTo(email);
        browser.open(URI.create(link));
        assertThat(browser.text(By.id("confirmation-result"))).contains("Votre adresse est confirmée");
        assertAccessible(browser, "confirmation page");

        browser.open(platform.uri("/connexion"));
        browser.find(By.cssSelector("#login-email input")).sendKeys(email);
        browser.find(By.cssSelector("#login-password input")).sendKeys("wrong password here");
        browser.click(By.id("login-submit"));
        browser.waitForText(By.cssSelector(".status-error"), "incorrect").waitUntilIdle();

        browser.find(By.cssSelector("#login-password input")).sendKeys("court mais bien plus long maintenant");
        browser.click(By.id("login-submit"));
        // The display name is shown as text, never as markup.
        assertThat(browser.text(By.id("account-profile"))).isEqualTo("Habitante d’Évry <b>");
        browser.waitUntilIdle();
        assertAccessible(browser, "home page signed in");

        browser.click(By.id("account-logout"));
        assertThat(browser.find(By.id("account-login")).isDisplayed()).isTrue();
    }
}
