package fr.convergences.motion;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A member of the demo council tables two motions in a browser; the bureau (the council's admin) hears of both, publishes
 * one and declines the other with a reason, which the member then reads in their notifications and on the motion's page.
 */
class TablingBrowserIT extends BrowserTest {

    private static final String MEMBER = "membre@demo.convergences.fr";
    private static final String ADMIN = "admin@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntilIdle();
    }

    private long table(String title) {
        type("motion-title", title);
        type("motion-body", "Le conseil demande que la PMI reçoive aussi le samedi matin.");
        type("motion-reasons", "Les parents qui travaillent en semaine ne peuvent pas venir.");
        browser.click(By.id("motion-save"));
        browser.waitForText(By.id("motion-state"), "Brouillon");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/motions/(\\d+).*", "$1"));
    }

    @Test
    void
            a_member_tables_two_motions_the_bureau_is_told_publishes_one_and_declines_the_other_whose_reason_the_member_reads() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String kept = "PMI le samedi " + suffix;
        String declined = "PMI le dimanche " + suffix;
        String reason = "Le bureau retient le samedi seulement, faute de personnel le dimanche.";

        SignIn.andOpen(browser, platform, MEMBER, PASSWORD, "/conseils/cts-essonne/decisions");
        browser.click(By.id("motion-table"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Proposer une motion");
        assertAccessible(browser, "tabling form");
        long keptId = table(kept);
        assertThat(browser.text(By.id("motion-tabled-by"))).isNotBlank();
        browser.open(platform.uri("/conseils/cts-essonne/motions/nouvelle?proposer"));
        long declinedId = table(declined);
        platform.bean(OutboxDelivery.class).runOnce();

        SignIn.andOpen(browser, platform, ADMIN, PASSWORD, "/notifications");
        browser.waitForText(By.id("notifications"), "Motion proposée par un membre");
        assertThat(browser.text(By.id("notifications"))).contains(kept, declined);
        assertAccessible(browser, "the bureau's notifications");

        browser.open(platform.uri("/motions/" + keptId));
        browser.click(By.id("motion-publish"));
        browser.click(By.id("confirm-motion-publish"));
        browser.waitForText(By.id("motion-state"), "Publiée");

        browser.open(platform.uri("/motions/" + declinedId));
        assertThat(browser.text(By.id("motion-cancel"))).contains("Décliner");
        type("motion-cancel-reason", reason);
        browser.click(By.id("motion-cancel"));
        browser.click(By.id("confirm-motion-cancel"));
        browser.waitForText(By.id("motion-state"), "Annulée");
        platform.bean(OutboxDelivery.class).runOnce();

        SignIn.andOpen(browser, platform, MEMBER, PASSWORD, "/notifications");
        browser.waitForText(By.id("notifications"), "Proposition non retenue");
        assertThat(browser.text(By.id("notifications"))).contains(declined, reason);
        browser.open(platform.uri("/motions/" + declinedId));
        assertThat(browser.text(By.id("motion-cancelled-reason"))).contains(reason);
        browser.open(platform.uri("/motions/" + keptId));
        browser.waitForText(By.id("motion-state"), "Publiée");
    }
}
