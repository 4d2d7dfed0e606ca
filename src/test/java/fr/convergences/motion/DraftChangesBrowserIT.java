package fr.convergences.motion;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The secretariat on the demo council, in a browser: drafts a motion, edits it, duplicates it and cancels the original
 * with a reason after a confirmation; then convenes a sitting with an information point and its document on its agenda,
 * edits it (a second point) and cancels it the same way.
 */
class DraftChangesBrowserIT extends BrowserTest {

    private static final String ADMIN = "admin@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntilIdle();
    }

    private String value(String id) {
        return browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"))
                .getAttribute("value");
    }

    private long idIn(String path) {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/" + path + "/(\\d+).*", "$1"));
    }

    @Test
    void the_secretariat_edits_duplicates_and_cancels_a_draft_motion_then_edits_and_cancels_a_sitting() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SignIn.andOpen(browser, platform, ADMIN, PASSWORD, "/conseils/cts-essonne/motions/nouvelle");
        type("motion-title", "Avis sur la PMI " + suffix);
        type("motion-body", "Le conseil demande des consultations de PMI le samedi.");
        type("motion-reasons", "Les parents travaillent en semaine.");
        browser.click(By.id("motion-save"));
        browser.waitForText(By.id("motion-state"), "Brouillon");
        long original = idIn("motions");

        browser.click(By.id("motion-edit"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Modifier la motion");
        assertThat(value("motion-title")).isEqualTo("Avis sur la PMI " + suffix);
        assertThat(value("motion-body")).isEqualTo("Le conseil demande des consultations de PMI le samedi.");
        type("motion-title", "Avis sur la PMI du samedi " + suffix);
        browser.click(By.id("motion-save"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Avis sur la PMI du samedi " + suffix);
        assertThat(idIn("motions")).isEqualTo(original);

        browser.click(By.id("motion-duplicate"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Modifier la motion");
        assertThat(browser.driver().getCurrentUrl()).contains("modifier=").doesNotContain("modifier=" + original);
        assertThat(value("motion-title")).isEqualTo("Avis sur la PMI du samedi " + suffix);

        browser.open(platform.uri("/motions/" + original));
        type("motion-cancel-reason", "Reprise dans l’avis commun du bureau.");
        browser.click(By.id("motion-cancel"));
        browser.click(By.id("confirm-motion-cancel"));
        browser.waitForText(By.id("motion-state"), "Annulée");
        assertThat(browser.text(By.id("motion-cancelled-reason"))).contains("Reprise dans l’avis commun du bureau.");
        assertThat(browser.driver().findElements(By.id("motion-edit"))).isEmpty();
        assertAccessible(browser, "cancelled motion");

        browser.open(platform.uri("/conseils/cts-essonne/seances"));
        type("sitting-title", "Séance de printemps " + suffix);
        type("sitting-place", "Évry, salle du conseil");
        type("sitting-url", "https://visio.example.org/printemps");
        browser.click(By.id("agenda-point-add"));
        type("agenda-point-title-1", "Point de l’ARS sur les urgences d’été");
        type("agenda-point-documents-1", "Bilan des urgences | https://ars.example.org/bilan.pdf");
        browser.click(By.id("sitting-convene"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Séance de printemps " + suffix);
        long sitting = idIn("seances");
        assertThat(browser.text(By.id("sitting-agenda-list")))
                .contains("Point d’information", "Point de l’ARS sur les urgences d’été");
        WebElement document = browser.find(By.cssSelector("#sitting-agenda-list .agenda-documents a"));
        assertThat(document.getText()).isEqualTo("Bilan des urgences");
        assertThat(document.getAttribute("href")).isEqualTo("https://ars.example.org/bilan.pdf");
        assertAccessible(browser, "sitting with an agenda point's document");

        browser.click(By.id("sitting-edit"));
        browser.waitForText(By.cssSelector("#main-content h2"), "Modifier la séance");
        assertThat(value("sitting-place")).isEqualTo("Évry, salle du conseil");
        assertThat(value("agenda-point-title-1")).isEqualTo("Point de l’ARS sur les urgences d’été");
        assertThat(value("agenda-point-documents-1"))
                .isEqualTo("Bilan des urgences | https://ars.example.org/bilan.pdf");
        type("sitting-title", "Séance de printemps, reportée " + suffix);
        browser.click(By.id("agenda-point-add"));
        type("agenda-point-title-2", "Audition de la CPTS du Val d’Yerres");
        browser.click(By.id("sitting-convene"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Séance de printemps, reportée " + suffix);
        assertThat(idIn("seances")).isEqualTo(sitting);
        assertThat(browser.text(By.id("sitting-agenda-list")))
                .contains("Point de l’ARS sur les urgences d’été", "Audition de la CPTS du Val d’Yerres");

        type("sitting-cancel-reason", "Quorum impossible pendant les vacances.");
        browser.click(By.id("sitting-cancel"));
        browser.click(By.id("confirm-sitting-cancel"));
        browser.waitForText(By.id("sitting-cancelled-reason"), "Quorum impossible pendant les vacances.");
        assertThat(browser.driver().findElements(By.id("sitting-edit"))).isEmpty();
    }
}
