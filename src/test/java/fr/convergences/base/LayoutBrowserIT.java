package fr.convergences.base;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LayoutBrowserIT extends BrowserTest {

    @Test
    void home_page_lists_the_demo_council_in_french_and_is_accessible() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));

        assertThat(browser.text(By.cssSelector("#main-content h1")))
                .isEqualTo("Démocratie en santé dans les territoires");
        assertThat(browser.text(By.id("territories")))
                .contains("91 · Essonne")
                .contains("Conseil territorial de santé de l’Essonne");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fr");
        assertThat(browser.driver().getTitle()).contains("Convergences");
        assertAccessible(browser, "home page (French)");
    }

    @Test
    void language_switch_shows_english_and_is_remembered() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));

        browser.click(By.id("language-switch"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Health democracy in the territories")
                .waitUntilIdle();
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertAccessible(browser, "home page (English)");

        browser.open(platform.uri("/accessibilite"));
        assertThat(browser.text(By.cssSelector("#main-content h1"))).isEqualTo("Accessibility statement");

        browser.click(By.id("language-switch"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Déclaration d’accessibilité");
    }

    @Test
    void footer_leads_to_the_accessibility_statement_with_its_rgaa_sections() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));

        assertThat(browser.text(By.cssSelector(".page-footer a"))).isEqualTo("Accessibilité : partiellement conforme");
        browser.click(By.cssSelector(".page-footer a"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Déclaration d’accessibilité")
                .waitUntilIdle();
        String page = browser.text(By.id("main-content"));
        assertThat(page)
                .contains(
                        "État de conformité",
                        "Contenus non accessibles",
                        "Voies de recours",
                        "Défenseur des droits",
                        "Retour d’information et contact");
        assertAccessible(browser, "accessibility statement");
    }

    @Test
    void unknown_page_says_so_in_plain_french() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/no-such-page"));

        assertThat(browser.text(By.cssSelector("#main-content h1"))).isEqualTo("Page introuvable");
        assertAccessible(browser, "not-found page");
    }
}
