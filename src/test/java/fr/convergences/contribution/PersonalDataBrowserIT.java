package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.identity.Account;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident's experience of their personal data and of taking part: a visitor invited to sign in comes back to the
 * contribution; a phone number typed into a contribution is masked in public and the author is told; no support or
 * report is offered on one's own contribution; "Mes contributions" lists it; the profile states retention periods;
 * the moderator reads the text as written.
 */
class PersonalDataBrowserIT extends BrowserTest {

    private static final String MODERATOR = "moderation@demo.convergences.fr";
    private static final String DEMO_PASSWORD = "Demo-Convergences-2026";

    @Test
    void a_resident_signs_in_from_a_contribution_writes_with_a_phone_number_and_only_the_moderator_reads_it() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Données personnelles", "Vos besoins ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(5)));
        TestAccounts accounts = new TestAccounts(platform);
        long neighbours = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(accounts.create("Voisine")),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Un ophtalmologue à Massy",
                                "Six mois d’attente.",
                                Set.of(),
                                null))
                .id();
        Account resident = accounts.create("Résident de Palaiseau");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/contributions/" + neighbours));
        browser.click(By.cssSelector("#sign-in-to-take-part"));
        browser.find(By.cssSelector("#login-email input")).sendKeys(resident.email());
        browser.find(By.cssSelector("#login-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.find(By.id("support"));
        assertThat(browser.driver().getCurrentUrl())
                .as("back where the visitor was")
                .endsWith("/contributions/" + neighbours);
        browser.find(By.cssSelector("#report-reason input")).sendKeys("Le titre ne correspond pas au texte");
        browser.click(By.id("report"));
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "votre signalement est transmis");
        assertThat(browser.driver().findElements(By.cssSelector("[id^='menu-moderation-']")))
                .as("a resident moderates nothing")
                .isEmpty();

        browser.open(platform.uri("/consultations/" + consultation));
        browser.find(By.cssSelector("#contribution-title input")).sendKeys("Un cabinet infirmier le soir");
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Mon infirmière ferme à 18 h, rappelez-moi au 06 12 34 56 78.");
        browser.click(By.id("contribution-submit"));
        // The notification's text is rendered in its card, in the overlay.
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "un numéro de téléphone");
        assertThat(browser.text(By.cssSelector("vaadin-notification-card")))
                .contains("Votre contribution est publiée.", "masqué");
        browser.waitForText(By.cssSelector("#main-content h1"), "Un cabinet infirmier le soir")
                .waitUntilIdle();
        assertThat(browser.text(By.id("main-content")))
                .contains("rappelez-moi au […].")
                .doesNotContain("06 12 34 56 78");
        assertThat(browser.driver().findElements(By.id("support")))
                .as("no support for one's own contribution")
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("report")))
                .as("no report of one's own contribution")
                .isEmpty();
        String own = browser.driver().getCurrentUrl();
        assertAccessible(browser, "one's own contribution, masked, with a confirmation");

        browser.click(By.id("account-my-contributions"));
        browser.waitForText(By.id("my-published"), "Un cabinet infirmier le soir");
        assertThat(browser.text(By.id("my-published")))
                .contains("Données personnelles", "publiée le", "pas encore de réponse du conseil");
        assertAccessible(browser, "my contributions");

        browser.click(By.id("account-profile"));
        browser.waitForText(By.id("retention-periods"), "30 jours");
        assertThat(browser.text(By.id("retention-periods")))
                .contains("tentatives de connexion", "365 jours", "après la fin du débat");
        String summaryLink = browser.find(By.id("profile-download-summary")).getAttribute("href");
        assertThat(summaryLink).isNotBlank();
        // The readable summary, fetched by the page itself (with its session) rather than downloaded to a file.
        String summary = String.valueOf(
                browser.script("return fetch(arguments[0]).then(response => response.text())", summaryLink));
        assertThat(summary)
                .as("machine values in words on the readable summary")
                .contains("<dt>État</dt><dd>Publiée</dd>", "<dt>État</dt><dd>Actif</dd>")
                .doesNotContain("PUBLISHED", "ACTIVE", "<dt>status</dt>");

        SignIn.as(browser, platform, MODERATOR, DEMO_PASSWORD);
        browser.open(java.net.URI.create(own));
        browser.waitForText(By.id("original-text"), "06 12 34 56 78");
        assertThat(browser.text(By.id("original-text"))).contains("un numéro de téléphone");

        assertThat(browser.find(By.id("menu-debates-to-approve")).getAttribute("href"))
                .endsWith("/debats#pending-debates");
        browser.click(By.id("menu-moderation-cts-essonne"));
        browser.waitForText(By.id("queue-contribution-" + neighbours), "Le titre ne correspond pas au texte");
        browser.open(platform.uri("/contributions/" + neighbours));
        assertThat(browser.text(By.id("report-reasons"))).contains("Le titre ne correspond pas au texte");
        browser.find(By.cssSelector("#dismiss-reason input")).sendKeys("Le titre résume bien le besoin");
        browser.click(By.id("dismiss-reports"));
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "classés sans suite");
        browser.waitForAbsence(By.id("report-reasons"));
        assertAccessible(browser, "a contribution whose reports were dismissed, seen by a moderator");
    }
}
