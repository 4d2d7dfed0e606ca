package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ContributionBrowserIT extends BrowserTest {

    @Test
    void the_council_opens_a_consultation_and_a_resident_contributes_to_it() {
        String title = "Diagnostic " + UUID.randomUUID().toString().substring(0, 6);
        SignIn.andOpen(
                browser,
                platform,
                "admin@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/conseils/cts-essonne/consultations/nouvelle");
        browser.waitForText(By.cssSelector("#main-content h1"), "Ouvrir une consultation")
                .waitUntilIdle();
        assertAccessible(browser, "open a consultation");
        browser.find(By.cssSelector("#consultation-title input")).sendKeys(title);
        browser.find(By.cssSelector("#consultation-question input")).sendKeys("Quels sont vos besoins de santé ?");
        browser.find(By.cssSelector("#consultation-description textarea"))
                .sendKeys(
                        "**Votre avis compte** <script>alert(2)</script> [piège](javascript:alert(3)) [ARS](https://www.iledefrance.ars.sante.fr)");
        browser.click(By.id("consultation-open"));
        browser.waitForText(By.cssSelector("#main-content h1"), title).waitUntilIdle();
        assertThat(browser.text(By.cssSelector(".rich-text strong"))).isEqualTo("Votre avis compte");
        assertThat(
                        (Long)
                                browser.script(
                                        "return document.querySelectorAll('#main-content script, #main-content a[href^=\"javascript\"]').length"))
                .as("no script and no javascript: link survive the sanitiser")
                .isZero();
        assertThat(browser.find(By.cssSelector(".rich-text a[href]")).getAttribute("href"))
                .isEqualTo("https://www.iledefrance.ars.sante.fr/");
        assertThat(browser.text(By.id("phases"))).contains("Contributions", "en cours");

        Account resident = new TestAccounts(platform).create("Résidente d’Évry");
        String consultationUrl = browser.driver().getCurrentUrl();
        SignIn.as(browser, platform, resident.email(), TestAccounts.PASSWORD);
        browser.open(URI.create(consultationUrl));
        browser.waitForText(By.cssSelector("#main-content h1"), title).waitUntilIdle();
        assertAccessible(browser, "consultation page with the contribution form");

        browser.find(By.cssSelector("#contribution-title input"))
                .sendKeys("Un centre de santé <script>alert(1)</script>");
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Il faut un centre de santé ouvert le soir à Évry.");
        assertThat(browser.text(By.id("contribution-body")))
                .containsPattern("2[\\s\\u00A0\\u202F]?951 caractères restants");
        browser.click(By.id("contribution-submit"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Un centre de santé <script>alert(1)</script>")
                .waitUntilIdle();
        assertThat(browser.text(By.id("author-tools"))).contains("Modifier ma contribution");
        browser.open(URI.create(consultationUrl));
        browser.waitForText(By.id("contributions"), "Un centre de santé <script>alert(1)</script>");
        assertThat(browser.text(By.id("contributions"))).contains("Une proposition", "ouvert le soir à Évry");
        assertThat((Boolean) browser.script("return document.querySelectorAll('#contributions script').length === 0"))
                .isTrue();

        Account neighbour = new TestAccounts(platform).create("Voisin solidaire");
        SignIn.as(browser, platform, neighbour.email(), TestAccounts.PASSWORD);
        browser.open(URI.create(consultationUrl));
        browser.click(By.xpath("//ul[@id='contributions']//a"));
        browser.waitForText(By.id("support-count"), "Aucun soutien").waitUntilIdle();
        assertAccessible(browser, "contribution page");
        browser.click(By.id("support"));
        browser.waitForText(By.id("support-count"), "1 soutien");
        browser.click(By.xpath("//*[@id='comment-stance']//vaadin-radio-button[normalize-space()='Pour']"));
        browser.find(By.cssSelector("#comment-body textarea"))
                .sendKeys("Oui, et ouvert le samedi matin. Écrivez-moi : voisin@exemple.fr");
        browser.click(By.id("comment-send"));
        browser.waitForText(
                By.id("comments"), "Pour · Voisin solidaire : Oui, et ouvert le samedi matin. Écrivez-moi : […]");
        // Told in words why "[…]" stands in the comment, and that nobody keeps the address (issue 15).
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "une adresse e-mail");
        assertThat(browser.text(By.cssSelector("vaadin-notification-card")))
                .contains("masqué", "pas même pour la modération")
                .doesNotContain("La modération voit votre texte");
        assertThat(browser.text(By.cssSelector("#main-content"))).contains("Discussion (1 pour, 0 contre, 0 neutre)");

        String contributionUrl = browser.driver().getCurrentUrl();
        SignIn.as(browser, platform, "admin@demo.convergences.fr", "Demo-Convergences-2026");
        browser.open(URI.create(contributionUrl));
        browser.click(By.id("answer-status"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Retenue']"));
        browser.find(By.cssSelector("#answer-text textarea"))
                .sendKeys("Le conseil inscrit un centre de santé à Évry dans son projet.");
        browser.click(By.id("answer-publish"));
        browser.waitForText(By.id("official-answer"), "Le conseil inscrit un centre de santé à Évry");
        browser.open(URI.create(consultationUrl));
        assertThat(browser.text(By.id("answered-figure")))
                .isEqualTo("1 contribution sur 1 a reçu une réponse du conseil.");
    }
}
