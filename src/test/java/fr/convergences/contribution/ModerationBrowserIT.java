package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.moderation.ModerationService;
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

class ModerationBrowserIT extends BrowserTest {

    @Test
    void reports_hide_a_contribution_until_a_moderator_restores_it() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Modération", "Q ?", null, Instant.now()))
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
                        TestAccounts.actor(accounts.create("Auteur")),
                        consultation,
                        new ContributionForm(
                                ContributionKind.TESTIMONY,
                                "Témoignage à vérifier",
                                "Mon voisin M. X est suivi pour…",
                                Set.of(),
                                null))
                .id();
        ModerationService moderation = platform.bean(ModerationService.class);
        moderation.report(
                TestAccounts.actor(accounts.createEstablished("Premier")), contribution, "Donnée de santé d’un tiers");
        moderation.report(
                TestAccounts.actor(accounts.createEstablished("Second")), contribution, "Donnée de santé d’un tiers");

        Account third = accounts.createEstablished("Troisième");
        SignIn.andOpen(browser, platform, third.email(), TestAccounts.PASSWORD, "/contributions/" + contribution);
        browser.find(By.cssSelector("#report-reason input")).sendKeys("Nomme une personne et sa maladie");
        browser.click(By.id("report"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Contribution indisponible");
        assertThat(browser.text(By.id("contribution-page-status"))).contains("masquée dans l’attente d’un examen");

        SignIn.andOpen(
                browser,
                platform,
                "moderation@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/conseils/cts-essonne/moderation");
        assertThat(browser.text(By.id("moderation-queue")))
                .contains("Témoignage à vérifier", "3 signalements · masquée");
        assertAccessible(browser, "moderation queue");
        browser.click(By.linkText("Témoignage à vérifier"));
        assertThat(browser.text(By.id("hidden-notice"))).contains("Contribution masquée (motif : auto)");
        assertAccessible(browser, "hidden contribution seen by a moderator");
        browser.find(By.cssSelector("#moderation-reason input"))
                .sendKeys("Passage vérifié, aucune personne identifiable");
        browser.click(By.id("moderation-restore"));
        browser.waitForAbsence(By.id("hidden-notice")).waitUntilIdle();
        assertThat(browser.text(By.id("support-count"))).isEqualTo("Aucun soutien");
        assertThat(browser.find(By.id("moderation-hide")).isDisplayed()).isTrue();
    }
}
