package fr.convergences.territory;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class TerritoryAdminBrowserIT extends BrowserTest {

    @Test
    void the_platform_admin_opens_an_overseas_territory_and_a_bad_code_is_explained() {
        Account admin = new TestAccounts(platform).createPlatformAdmin("Admin plateforme");
        String code = "974" + UUID.randomUUID().toString().substring(0, 4);
        SignIn.as(browser, platform, admin.email(), TestAccounts.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Territoires (administration)']"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Administration des territoires")
                .waitUntilIdle();
        assertAccessible(browser, "territory administration");

        browser.find(By.cssSelector("#territory-code input")).sendKeys("91 Essonne!");
        browser.find(By.cssSelector("#territory-name input")).sendKeys("La Réunion");
        browser.click(By.id("territory-create"));
        browser.waitForText(By.cssSelector(".status-error"), "1 à 16 lettres");

        browser.find(By.cssSelector("#territory-code input")).clear();
        browser.find(By.cssSelector("#territory-code input")).sendKeys(code);
        browser.click(By.id("territory-zone"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Indian/Reunion']"));
        browser.click(By.id("territory-create"));
        browser.waitForText(By.id("admin-territories"), code + " · La Réunion (Indian/Reunion)");
        assertThat(browser.text(By.id("admin-territories"))).contains(code);
    }
}
