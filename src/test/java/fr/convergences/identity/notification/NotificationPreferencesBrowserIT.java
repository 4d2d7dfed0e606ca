package fr.convergences.identity.notification;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class NotificationPreferencesBrowserIT extends BrowserTest {

    @Test
    void a_member_turns_off_vote_mails_and_then_only_sees_them_in_the_app() {
        Account member = new TestAccounts(platform).create("Membre attentif");
        SignIn.as(browser, platform, member.email(), TestAccounts.PASSWORD);
        // An empty inbox says so in words, with no "(0)" badge.
        assertThat(browser.find(By.id("notification-bell")).getAttribute("aria-label"))
                .isEqualTo("Notifications\u00a0: aucune non lue");
        assertThat(browser.text(By.id("notification-bell"))).isEqualTo("Notifications");
        browser.click(By.id("notification-bell"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Notifications").waitUntilIdle();
        assertAccessible(browser, "empty notifications page");
        browser.click(By.linkText("Choisir quand recevoir des e-mails"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Préférences de notification")
                .waitUntilIdle();
        assertAccessible(browser, "notification preferences");

        browser.click(By.xpath(
                "//*[@id='preference-VOTING_SESSION']//vaadin-radio-button[normalize-space()='Pas d’e-mail']"));
        browser.waitForText(By.id("preferences-status"), "Préférence enregistrée.");

        platform.bean(Notifications.class)
                .notify(
                        member.id(),
                        NotificationKind.VOTING_SESSION,
                        "notification.test.title",
                        "notification.test.body",
                        List.of("vote sur l’avis 12"),
                        "/notifications");
        TestOutbox.deliverAll(platform); // a notice is delivered by the outbox once its transaction commits

        assertThat(platform.mailbox().to(member.email())).isEmpty();
        browser.open(platform.uri("/notifications"));
        assertThat(browser.find(By.id("notification-bell")).getAttribute("aria-label"))
                .isEqualTo("Notifications\u00a0: 1 non lue");
        assertThat(browser.text(By.id("notification-bell"))).isEqualTo("Notifications (1)");
        assertThat(browser.text(By.id("notifications"))).contains("Test : vote sur l’avis 12", "non lue");
        assertAccessible(browser, "notifications page with an unread item");
    }
}
