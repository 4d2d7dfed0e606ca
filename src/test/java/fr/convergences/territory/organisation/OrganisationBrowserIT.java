package fr.convergences.territory.organisation;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class OrganisationBrowserIT extends BrowserTest {

    @Test
    void joining_an_association_needs_its_administrators_approval() {
        TestAccounts accounts = new TestAccounts(platform);
        Account founder = accounts.create("Fondatrice");
        Account platformAdmin = accounts.createPlatformAdmin("Admin plateforme");
        Account volunteer = accounts.create("Bénévole");
        String name = "Association des usagers " + UUID.randomUUID().toString().substring(0, 6);

        SignIn.andOpen(browser, platform, founder.email(), TestAccounts.PASSWORD, "/organisations");
        assertAccessible(browser, "organisations page");
        browser.find(By.cssSelector("#organisation-name input")).sendKeys(name);
        browser.click(By.id("organisation-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Association']"));
        browser.click(By.id("organisation-approved"));
        browser.find(By.cssSelector("#organisation-approval-number input")).sendKeys("91-2024-017");
        browser.click(By.id("organisation-register"));
        browser.waitForText(By.tagName("main"), name + " : en attente de vérification")
                .waitUntilIdle();

        SignIn.andOpen(browser, platform, platformAdmin.email(), TestAccounts.PASSWORD, "/organisations");
        long id = (Long) new TestSql(platform)
                .column("SELECT id FROM organisation WHERE name = ?", name)
                .getFirst();
        browser.click(By.id("verify-" + id));
        browser.waitForText(By.id("organisations"), name);

        SignIn.andOpen(browser, platform, volunteer.email(), TestAccounts.PASSWORD, "/organisations");
        browser.click(By.id("join-" + id));
        browser.waitForText(By.id("organisations"), "attend la décision des administrateurs");

        SignIn.andOpen(browser, platform, founder.email(), TestAccounts.PASSWORD, "/organisations");
        assertThat(browser.text(By.className("membership-requests"))).contains("Bénévole");
        assertAccessible(browser, "organisations page with a request to decide");
        browser.click(By.cssSelector("[id^='approve-']"));
        browser.waitUntilIdle();

        SignIn.andOpen(browser, platform, volunteer.email(), TestAccounts.PASSWORD, "/organisations");
        browser.waitForText(By.id("organisations"), "Vous êtes membre.");
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action = 'organisation.membership.approve' AND after_json LIKE ?",
                                "%\"account\":" + volunteer.id() + "%"))
                .isEqualTo(1);
    }
}
