package fr.convergences.project;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The council admin adds an axis and an action and records a measurement on the admin page; the public then finds the
 * action on the projet's page and on its own page, and the measured value in the dashboard's chart and table.
 */
class ProjectBrowserIT extends BrowserTest {

    @Test
    void admin_adds_an_axis_an_action_and_a_measurement_and_the_public_dashboard_shows_them() {
        ProjectFixture fixture = new ProjectFixture(platform);
        Account secretariat = new TestAccounts(platform).create("Secrétariat du projet");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, secretariat.id(), fixture.councilId(), CouncilRole.COUNCIL_ADMIN));
        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project = projects.open(
                fixture.admin, fixture.councilId(), "Projet territorial de santé 2026-2030", "Quatre priorités.");
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        Indicator indicator = platform.bean(IndicatorService.class)
                .define(
                        fixture.admin,
                        project.id(),
                        new IndicatorForm(
                                null,
                                "Habitants sans médecin traitant",
                                "Part des assurés de 17 ans et plus sans médecin traitant déclaré.",
                                "%",
                                "Assurance maladie",
                                new BigDecimal("14.5"),
                                LocalDate.now().minusYears(1),
                                new BigDecimal("10"),
                                LocalDate.now().plusYears(3),
                                Frequency.YEARLY,
                                Direction.LOWER_IS_BETTER,
                                "Délégation départementale de l’ARS"));
        String slug = fixture.council.council.slug();

        SignIn.andOpen(
                browser,
                platform,
                secretariat.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/projet/administration");
        type("axis-title", "Accès aux soins de proximité");
        browser.click(By.id("axis-add"));
        browser.find(By.id("action-title"));
        assertAccessible(browser, "the projet's admin page");
        type("action-title", "Consultations du soir en maison de santé");
        type("action-description", "Trois maisons de santé ouvrent le soir, à tour de rôle.");
        choose("action-owner", fixture.owner.name());
        browser.click(By.id("action-create"));
        TestSql sql = new TestSql(platform);
        for (int wait = 0;
                wait < 100
                        && sql.count(
                                        "SELECT count(*) FROM project_action a JOIN project_axis x ON x.id = a.axis_id "
                                                + "WHERE x.project_id = ?",
                                        project.id())
                                == 0;
                wait++) {
            browser.waitUntilIdle();
        }
        browser.open(platform.uri("/conseils/" + slug + "/projet/administration"));
        type("measurement-value", "13");
        type("measurement-provenance", "Assurance maladie, extraction de juin");
        browser.click(By.id("measurement-record"));
        for (int wait = 0;
                wait < 100
                        && sql.count("SELECT count(*) FROM project_measurement WHERE indicator_id = ?", indicator.id())
                                == 0;
                wait++) {
            browser.waitUntilIdle();
        }
        assertThat(sql.column("SELECT value FROM project_measurement WHERE indicator_id = ?", indicator.id())
                        .toString())
                .contains("13");

        long action = Long.parseLong(sql.column(
                        "SELECT a.id FROM project_action a JOIN project_axis x ON x.id = a.axis_id "
                                + "WHERE x.project_id = ?",
                        project.id())
                .getFirst()
                .toString());
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/projet"));
        assertThat(browser.text(By.id("action-card-" + action)))
                .contains("Consultations du soir en maison de santé")
                .contains("Prévue");
        assertAccessible(browser, "the public projet");
        browser.click(By.cssSelector("#action-card-" + action + " a"));
        browser.waitForText(By.id("action-owner"), fixture.owner.name());

        browser.open(platform.uri("/conseils/" + slug + "/indicateurs"));
        String table = browser.text(By.id("indicator-table-" + indicator.id()));
        assertThat(table)
                .contains("Tout le territoire")
                .contains("13")
                .contains("Assurance maladie, extraction de juin");
        assertThat(browser.script("return document.querySelector('#indicator-chart-" + indicator.id()
                        + " svg title').textContent"))
                .asString()
                .contains("Habitants sans médecin traitant")
                .contains("1 mesure");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#indicator-chart-" + indicator.id() + " svg circle.measure")))
                .hasSize(1);
        assertThat(browser.text(By.id("indicator-agreement-" + indicator.id())))
                .contains("en attente de l’accord du collège des usagers");
        assertAccessible(browser, "the public indicators dashboard");
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
