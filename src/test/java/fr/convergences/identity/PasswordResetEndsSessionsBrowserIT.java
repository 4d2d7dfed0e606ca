package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.Browser;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Security finding 8: a browser signed in before a password reset, or before a change of password made elsewhere, must
 * not stay signed in after it; the browser that made the change stays signed in.
 */
class PasswordResetEndsSessionsBrowserIT extends BrowserTest {

    @Test
    void a_password_reset_signs_the_account_out_of_the_browsers_signed_in_before() {
        Account account = new TestAccounts(platform).create("Dominique");
        SignIn.andOpen(browser, platform, account.email(), TestAccounts.PASSWORD, "/profil");
        browser.find(By.id("account-logout"));

        AccountService accounts = platform.bean(AccountService.class);
        String link = platform.mailbox()
                .linkOfNextMailTo(account.email(), () -> accounts.requestPasswordReset(account.email()));
        accounts.resetPassword(
                link.substring(link.indexOf("jeton=") + "jeton=".length()), "une toute autre phrase de passe");

        browser.open(platform.uri("/profil"));
        browser.find(By.id("account-login"));
        assertThat(browser.driver().getCurrentUrl())
                .as("the profile asks for a sign-in again")
                .contains("/connexion");
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();
    }

    @Test
    void changing_the_password_on_the_profile_asks_for_the_current_one_ends_the_other_sessions_and_tells_the_owner() {
        Account account = new TestAccounts(platform).create("Camille");
        SignIn.as(browser, platform, account.email(), TestAccounts.PASSWORD);
        try (Browser elsewhere = new Browser()) {
            SignIn.as(elsewhere, platform, account.email(), TestAccounts.PASSWORD);
            elsewhere.open(platform.uri("/profil"));
            elsewhere.find(By.id("account-logout"));

            String hashBefore = platform.bean(AccountRepository.class)
                    .findById(account.id())
                    .orElseThrow()
                    .passwordHash();
            browser.open(platform.uri("/profil"));
            browser.find(By.cssSelector("#password-current input")).sendKeys("pas le bon mot de passe");
            browser.find(By.cssSelector("#password-new input")).sendKeys("une toute nouvelle phrase de passe");
            browser.click(By.id("password-change"));
            browser.waitForText(
                    By.cssSelector(".status-error"), "Le mot de passe actuel n’est pas le bon. Rien n’a changé.");
            assertThat(platform.bean(AccountRepository.class)
                            .findById(account.id())
                            .orElseThrow()
                            .passwordHash())
                    .as("a wrong current password changes nothing")
                    .isEqualTo(hashBefore);

            browser.find(By.cssSelector("#password-current input")).clear();
            browser.find(By.cssSelector("#password-current input")).sendKeys(TestAccounts.PASSWORD);
            browser.click(By.id("password-change"));
            browser.waitForText(By.cssSelector(".status-success"), "Votre mot de passe est changé.");
            assertThat(platform.bean(AccountRepository.class)
                            .findById(account.id())
                            .orElseThrow()
                            .passwordHash())
                    .as("the right current password changes it")
                    .isNotEqualTo(hashBefore);
            // The change's notice leaves through the outbox's mail schedule, a moment after the change commits.
            assertThat(platform.mailbox()
                            .latestTo(account.email(), mail -> mail.subject().contains("changé"))
                            .orElseThrow()
                            .subject())
                    .isEqualTo("Votre mot de passe Convergences a été changé");

            elsewhere.open(platform.uri("/profil"));
            elsewhere.find(By.id("account-login"));
            assertThat(elsewhere.driver().findElements(By.id("account-logout")))
                    .as("the other browser is signed out")
                    .isEmpty();
            browser.open(platform.uri("/profil"));
            browser.find(By.id("account-logout"));
        }
        assertThat(platform.bean(AccountService.class)
                        .login(account.email(), "une toute nouvelle phrase de passe", "127.0.0.9"))
                .isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void a_reset_made_on_another_node_signs_this_browser_out_within_a_few_seconds() {
        Account account = new TestAccounts(platform).create("Alix");
        SignIn.andOpen(browser, platform, account.email(), TestAccounts.PASSWORD, "/profil");
        browser.find(By.id("account-logout"));

        // What a reset on another node leaves behind: the epoch only. This node's own list of sessions knows nothing.
        platform.bean(SessionEpochStore.class).endSessionsBefore(account.id(), Instant.now());

        long deadline =
                System.nanoTime() + CurrentUser.EPOCH_CHECK.plusSeconds(10).toNanos();
        boolean signedOut = false;
        while (!signedOut && System.nanoTime() < deadline) {
            browser.open(platform.uri("/profil"));
            signedOut = browser.driver().getCurrentUrl().contains("/connexion");
        }
        assertThat(signedOut).as("the profile asks for a sign-in again").isTrue();
        assertThat(browser.driver().findElements(By.id("account-logout"))).isEmpty();

        SignIn.andOpen(browser, platform, account.email(), TestAccounts.PASSWORD, "/profil");
        browser.find(By.id("account-logout"));
        assertThat(browser.driver().getCurrentUrl())
                .as("signing in again after the epoch is not undone by it")
                .contains("/profil");
    }
}
