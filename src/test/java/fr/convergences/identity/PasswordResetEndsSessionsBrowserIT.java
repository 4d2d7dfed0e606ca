package fr.convergences.identity;

import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Security finding 8: a browser signed in before a password reset must not stay signed in after it. */
class PasswordResetEndsSessionsBrowserIT extends BrowserTest {

    @Test
    void a_password_reset_signs_the_account_out_of_the_browsers_signed_in_before() {
        Account account = new TestAccounts(platform).create("Dominique");
        SignIn.as(browser, platform, account.email(), TestAccounts.PASSWORD);
        browser.open(platform.uri("/profil"));
        browser.find(By.id("account-logout"));

        AccountService accounts = platform.bean(AccountService.class);
        String link = platform.mailbox().linkOfNextMailTo(account.email(), () -> accounts.requestPasswordReset(account.email()));
        accounts.resetPassword(link.substring(link.indexOf("jeton=") + "jeton=".length()), "une toute autre phrase de passe");

        browser.open(platform.uri("/profil"));
        browser.find(By.id("account-login"));
        assertThat(browser.driver().getCurrentUrl()).as("the profile asks for a sign-in again").contains("/connexion");
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();
    }
}
