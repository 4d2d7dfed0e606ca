package fr.convergences.project;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.territory.organisation.Membership;
import fr.convergences.territory.organisation.MembershipRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The owner organisation's administrator follows its action up on the action's page (logs progress with an attached
 * document, starts the action, completes it) and may not abandon it; then the public reads, on the same page, the
 * action's indicator drawn against its target with the table of its values by commune beside the chart.
 */
class ActionFollowUpBrowserIT extends BrowserTest {

    @Test
    void
            the_owner_logs_progress_with_a_document_starts_and_completes_its_action_and_the_public_sees_its_indicator_chart() {
        ProjectFixture fixture = new ProjectFixture(platform);
        ProjectService projects = platform.bean(ProjectService.class);
        ActionService actions = platform.bean(ActionService.class);
        IndicatorService indicators = platform.bean(IndicatorService.class);
        HealthProject project =
                projects.open(fixture.admin, fixture.councilId(), "Projet territorial de santé", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Accès aux soins", "");
        ProjectAction action = actions.create(
                fixture.admin,
                axis.id(),
                new ActionForm(
                        "Consultations du soir en maison de santé",
                        "Trois maisons de santé ouvrent le soir.",
                        fixture.owner.id(),
                        Set.of(),
                        Set.of(fixture.commune.inseeCode()),
                        LocalDate.now().minusMonths(2),
                        LocalDate.now().plusYears(1),
                        null));
        Indicator indicator = indicators.define(
                fixture.admin,
                project.id(),
                new IndicatorForm(
                        action.id(),
                        "Passages aux urgences le soir",
                        "Passages entre 20 h et minuit pour 1 000 habitants.",
                        "‰",
                        "ATIH",
                        new BigDecimal("30"),
                        LocalDate.now().minusYears(2),
                        new BigDecimal("20"),
                        LocalDate.now().plusYears(2),
                        Frequency.YEARLY,
                        Direction.LOWER_IS_BETTER,
                        "ARS"));
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        measure(fixture, indicator, LocalDate.now().minusYears(1), "28", null);
        measure(fixture, indicator, LocalDate.now().minusMonths(1), "24.5", null);
        measure(fixture, indicator, LocalDate.now().minusYears(1), "33", fixture.commune.inseeCode());
        measure(fixture, indicator, LocalDate.now().minusMonths(1), "31.5", fixture.commune.inseeCode());
        measure(fixture, indicator, LocalDate.now().minusYears(1), "19", fixture.otherCommune.inseeCode());
        Account coordinator = new TestAccounts(platform).create("Coordinatrice de la CPTS");
        platform.bean(MembershipRepository.class)
                .save(new Membership(
                        null,
                        fixture.owner.id(),
                        coordinator.id(),
                        true,
                        Membership.MembershipStatus.APPROVED,
                        Instant.now(),
                        Instant.now(),
                        null));

        SignIn.andOpen(browser, platform, coordinator.email(), TestAccounts.PASSWORD, "/actions/" + action.id());
        browser.find(By.id("action-admin"));
        assertThat(browser.driver().findElements(By.id("action-link-motion")))
                .as("linking stays with the council")
                .isEmpty();
        type("progress-text", "Deux médecins ont accepté d’ouvrir le mardi soir.");
        type("progress-attachment-label", "Compte rendu de la réunion");
        type("progress-attachment-url", "https://cpts.example.org/compte-rendu.pdf");
        browser.click(By.id("progress-log"));
        browser.waitForText(By.id("action-progress"), "Deux médecins ont accepté d’ouvrir le mardi soir.");
        WebElement document = browser.find(By.cssSelector("#action-progress .attachments a"));
        assertThat(document.getText()).isEqualTo("Compte rendu de la réunion");
        assertThat(document.getAttribute("href")).isEqualTo("https://cpts.example.org/compte-rendu.pdf");

        assertThat(browser.driver()
                        .findElements(By.xpath("//vaadin-select[@id='action-next-status']//vaadin-select-item")))
                .as("abandoning is the council's decision")
                .extracting(item -> item.getAttribute("textContent").strip())
                .contains("En cours", "Réalisée")
                .doesNotContain("Abandonnée");
        choose("action-next-status", "En cours");
        browser.click(By.id("action-change-status"));
        browser.waitForText(By.id("action-status"), "En cours");
        choose("action-next-status", "Réalisée");
        browser.click(By.id("action-change-status"));
        browser.waitForText(By.id("action-status"), "Réalisée");
        assertThat(browser.driver().findElements(By.id("action-next-status")))
                .as("a done action changes no more")
                .isEmpty();
        assertThat(browser.text(By.id("action-progress"))).contains("En cours", "Réalisée");
        assertThat(actions.page(fixture.admin, action.id()).action().status()).isEqualTo(ActionStatus.DONE);

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/actions/" + action.id()));
        browser.waitForText(By.id("action-status"), "Réalisée");
        assertThat(browser.driver().findElements(By.id("action-admin"))).isEmpty();
        assertThat(browser.script("return document.querySelector('#indicator-chart-" + indicator.id()
                        + " svg title').textContent"))
                .asString()
                .contains("Passages aux urgences le soir", "2 mesures");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#indicator-chart-" + indicator.id() + " svg circle.measure")))
                .hasSize(2);
        String table = browser.text(By.id("indicator-table-" + indicator.id()));
        assertThat(table)
                .contains("Tout le territoire", "24,5", "Évry-Courcouronnes", "31,5", "Étampes", "19")
                .doesNotContain("33");
        assertAccessible(browser, "an action's page with its indicator");
    }

    private static void measure(
            ProjectFixture fixture, Indicator indicator, LocalDate day, String value, String commune) {
        platform.bean(IndicatorService.class)
                .recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(day, new BigDecimal(value), commune, "ATIH, extraction annuelle"));
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntilIdle();
    }

    private void choose(String id, String label) {
        browser.click(By.id(id));
        browser.click(
                By.xpath("//vaadin-select[@id='" + id + "']//vaadin-select-item[normalize-space()='" + label + "']"));
        browser.waitUntilIdle();
    }
}
