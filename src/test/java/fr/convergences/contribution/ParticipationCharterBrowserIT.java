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

class ParticipationCharterBrowserIT extends BrowserTest {

    @Test
    void the_charter_is_public_in_french_and_english_and_linked_from_the_footer_and_the_forms() {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));
        browser.click(By.linkText("Charte de participation"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Charte de participation");
        assertThat(browser.text(By.id("participation-charter")))
                .contains(
                        "Respecter les personnes",
                        "Ne donnez jamais le nom",
                        "Pas de publicité",
                        "Ce que fait la modération",
                        "Signaler",
                        "Faire un recours");
        assertAccessible(browser, "participation charter");
        browser.click(By.id("language-switch"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Participation charter");
        assertThat(browser.text(By.id("participation-charter"))).contains("Protect other people’s health and privacy");
        assertAccessible(browser, "participation charter in English");

        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Charte", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
        TestAccounts accounts = new TestAccounts(platform);
        long contribution = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(accounts.create("Autrice")),
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                "Une maison de santé",
                                "Au sud du département.",
                                Set.of(),
                                null))
                .id();
        Account reader = accounts.create("Lecteur");
        SignIn.andOpen(browser, platform, reader.email(), TestAccounts.PASSWORD, "/contributions/" + contribution);
        assertThat(browser.driver().findElements(By.cssSelector("#main-content a[href='charte-de-participation']")))
                .as("next to the report form and the comment form")
                .hasSize(2);
    }
}
