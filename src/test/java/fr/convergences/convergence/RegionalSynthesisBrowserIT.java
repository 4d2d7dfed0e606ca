package fr.convergences.convergence;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.territory.Council;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestCouncils;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The regional synthesis in a browser: the platform admin picks two councils' consultations, previews one document
 * (the need both councils voiced is one convergence, each quote with its council), drafts it, publishes v1, rewrites the
 * framing and publishes v2, whose page shows what changed; the public finds both versions; a contribution a moderator
 * hides afterwards leaves the published version and its counts.
 */
class RegionalSynthesisBrowserIT extends BrowserTest {

    private static final String PLATFORM_ADMIN = "plateforme@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";
    private static final String TITLE = "Synthèse régionale des besoins de santé";

    private ConvergenceFixture confirmed(Council council) {
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        ConvergenceFixture fixture = new ConvergenceFixture(platform, council.id());
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream()
                        .anyMatch(member -> member.contributionId() == fixture.doctors.getFirst()))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
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

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    private void publish(long id, String framing, int number) {
        browser.open(platform.uri("/syntheses/regionales/" + id));
        type("regional-framing", framing);
        browser.click(By.id("regional-publish"));
        browser.click(By.id("regional-publish-confirm"));
        browser.waitForText(By.id("regional-version"), "Version " + number);
    }

    @Test
    void the_admin_publishes_v1_then_v2_the_public_reads_both_and_a_hidden_contribution_leaves_the_published_version() {
        Council first = new TestCouncils(platform).create();
        Council second = new TestCouncils(platform).create();
        ConvergenceFixture one = confirmed(first);
        ConvergenceFixture other = confirmed(second);

        SignIn.andOpen(browser, platform, PLATFORM_ADMIN, PASSWORD, "/syntheses/regionale");
        pick("Convergences " + first.id());
        pick("Convergences " + second.id());
        browser.find(By.cssSelector("#regional-title input")).sendKeys(TITLE);
        browser.click(By.id("regional-preview"));
        browser.waitForText(By.id("regional-document"), "Des médecins près de chez soi");
        assertThat(browser.text(By.id("regional-document")))
                .contains(
                        TITLE,
                        "— " + first.name(),
                        "— " + second.name(),
                        "conseils : " + first.name() + ", " + second.name());
        browser.click(By.id("regional-create"));
        browser.find(By.id("regional-publish"));
        String address = browser.driver().getCurrentUrl();
        long id = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));

        publish(id, "Ce que deux conseils ont entendu.", 1);
        publish(id, "Ce que deux conseils ont entendu, et ce qui manque.", 2);
        assertThat(browser.text(By.id("synthesis-differences")))
                .contains("Ce qui a changé depuis la version 1", "Le texte de cadrage a été réécrit.");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/syntheses/regionales"));
        assertThat(browser.text(By.id("regional-syntheses"))).contains(TITLE, first.name(), second.name());
        browser.open(platform.uri("/syntheses/regionales/" + id));
        assertThat(browser.text(By.id("regional-versions"))).contains("Version 1", "Version 2");
        assertThat(browser.driver().findElements(By.id("regional-publish")))
                .as("no editor for the public")
                .isEmpty();

        SynthesisDocument v2 = platform.bean(RegionalSynthesisService.class).version(id, 2, Locale.FRENCH);
        SynthesisDocument.Group doctors = v2.themes().stream()
                .flatMap(section -> section.convergences().stream())
                .findFirst()
                .orElseThrow();
        long hidden = doctors.quotes().getFirst().contribution();
        ConvergenceFixture author = one.doctors.contains(hidden) ? one : other;
        platform.bean(ModerationService.class).hide(author.moderator, hidden, "Propos contraires à la charte");

        browser.open(platform.uri("/syntheses/regionales/" + id + "/v/2"));
        assertThat(browser.text(By.id("synthesis-withdrawn"))).contains("1 contribution retirée depuis la publication");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#synthesis-document a[href$='contributions/" + hidden + "']")))
                .isEmpty();
        assertThat(browser.text(By.id("synthesis-document")))
                .contains((doctors.contributions() - 1) + " contributions");
        assertThat(browser.text(By.id("synthesis-figures")))
                .contains((v2.figures().contributions() - 1) + " contributions");
        assertAccessible(browser, "a published regional synthesis version with its differences");
    }
}
