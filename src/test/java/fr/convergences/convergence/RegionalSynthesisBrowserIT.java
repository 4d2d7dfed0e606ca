package fr.convergences.convergence;

import fr.convergences.territory.Council;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestCouncils;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform admin picks two councils' consultations and reads the regional synthesis, each quote with its council. */
class RegionalSynthesisBrowserIT extends BrowserTest {

    private static final String PLATFORM_ADMIN = "plateforme@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private ConvergenceFixture confirmed(Council council) {
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        ConvergenceFixture fixture = new ConvergenceFixture(platform, council.id());
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(member -> member.contributionId() == fixture.doctors.getFirst()))
                .findFirst().orElseThrow().convergence().id();
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
        return fixture;
    }

    private void pick(String title) {
        WebElement field = browser.find(By.cssSelector("#regional-consultations input"));
        field.sendKeys(title);
        browser.waitForComboBoxOptions("regional-consultations");
        field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waitUntilIdle();
    }

    @Test
    void the_platform_admin_picks_two_councils_consultations_and_reads_them_as_one_synthesis() {
        Council first = new TestCouncils(platform).create();
        Council second = new TestCouncils(platform).create();
        confirmed(first);
        confirmed(second);

        SignIn.as(browser, platform, PLATFORM_ADMIN, PASSWORD);
        browser.open(platform.uri("/syntheses/regionale"));
        pick("Convergences " + first.id());
        pick("Convergences " + second.id());
        browser.find(By.cssSelector("#regional-title input")).sendKeys("Synthèse régionale des besoins de santé");
        browser.click(By.id("regional-preview"));

        browser.waitForText(By.id("regional-document"), "Des médecins près de chez soi");
        String document = browser.text(By.id("regional-document"));
        assertThat(document).contains("Synthèse régionale des besoins de santé", "— " + first.name(), "— " + second.name());
        assertAccessible(browser, "a regional synthesis");
    }
}
