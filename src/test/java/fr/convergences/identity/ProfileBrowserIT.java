package fr.convergences.identity;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ProfileBrowserIT extends BrowserTest {

    @Test
    void a_resident_is_refused_the_admin_page_not_just_shown_no_link() {
        Account resident = new TestAccounts(platform).create("Résidente");
        SignIn.as(browser, platform, resident.email(), TestAccounts.PASSWORD);
        assertThat(browser.text(By.tagName("nav"))).doesNotContain("Territoires (administration)");

        browser.open(platform.uri("/administration/territoires"));
        assertThat(browser.text(By.id("access-denied"))).isEqualTo("Accès refusé");
        assertThat(browser.driver().getPageSource()).doesNotContain("territory-create");
        assertAccessible(browser, "access refused page");
    }

    @Test
    void a_visitor_asking_for_the_profile_is_sent_to_sign_in_and_back() {
        Account resident = new TestAccounts(platform).create("Visiteur");
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/profil"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Se connecter");
        assertThat(browser.driver().getCurrentUrl()).contains("retour=%2Fprofil");

        browser.find(By.cssSelector("#login-email input")).sendKeys(resident.email());
        browser.find(By.cssSelector("#login-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil");
    }

    @Test
    void a_resident_downloads_their_data_then_deletes_their_account() {
        Account resident = new TestAccounts(platform).create("Claude");
        SignIn.as(browser, platform, resident.email(), TestAccounts.PASSWORD);
        browser.click(By.id("account-profile"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Mon profil").waitUntilIdle();
        assertAccessible(browser, "profile page");

        Object data = browser.script(
                "return fetch(arguments[0].href).then(response => response.text())",
                browser.find(By.id("profile-download")));
        assertThat((String) data)
                .contains("\"email\":\"" + resident.email() + "\"", "\"displayName\":\"Claude\"")
                .doesNotContain("argon2");

        browser.find(By.cssSelector("#delete-password input")).sendKeys("not my password");
        browser.click(By.id("delete-submit"));
        browser.waitForText(By.cssSelector(".status-error"), "Mot de passe incorrect");
        browser.find(By.cssSelector("#delete-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.find(By.cssSelector("#delete-password input")).clear();
        browser.find(By.cssSelector("#delete-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("delete-submit"));
        browser.find(By.id("account-login"));

        Account deleted =
                platform.bean(AccountRepository.class).findById(resident.id()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(AccountStatus.DELETED);
        assertThat(deleted.email()).isNull();
        assertThat(deleted.displayName()).isNull();
        assertThat(platform.bean(AccountService.class).login(resident.email(), TestAccounts.PASSWORD, "203.0.113.50"))
                .isEqualTo(new LoginOutcome.Refused("identity.login.wrong"));
    }
}
