package fr.convergences.convergence;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The themes and the synthesis document in a browser: a moderator moves a contribution to another theme and the move
 * survives a re-run; the editor previews and publishes v1, then v2 whose page shows what changed; a contribution
 * hidden afterwards leaves the published version's quotes and counts, and the page says so.
 */
class SynthesisBrowserIT extends BrowserTest {

    private static final String MODERATOR = "moderation@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    private long holding(ConvergenceFixture fixture, long member) {
        return platform.bean(ConvergenceService.class).list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == member))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
    }

    @Test
    void
            a_moved_contribution_stays_moved_and_the_editor_publishes_v1_then_v2_from_which_a_hidden_contribution_disappears() {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform,
                platform.bean(CouncilRepository.class)
                        .findBySlug("cts-essonne")
                        .orElseThrow()
                        .id());
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = holding(fixture, fixture.doctors.getFirst());
        long elderly = holding(fixture, fixture.elderly.getFirst());
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
        List<Theme> themes = platform.bean(ConsultationService.class)
                .details(fixture.consultation)
                .themes();
        Theme target = themes.getLast();
        long moved = fixture.elderly.getFirst();

        SignIn.andOpen(browser, platform, MODERATOR, PASSWORD, "/consultations/" + fixture.consultation + "/themes");
        browser.click(By.id("theme-move-" + moved));
        browser.click(By.xpath("//vaadin-select[@id='theme-move-" + moved + "']//vaadin-select-item[normalize-space()='"
                + target.name() + "']"));
        browser.waitForText(By.id("theme-status"), "est désormais sous « " + target.name() + " »");
        browser.click(By.id("theme-compute"));
        browser.waitForText(By.id("theme-status"), "contributions placées");
        assertThat(browser.text(By.id("theme-theme-" + target.id())))
                .contains(ConvergenceFixture.ELDERLY.getFirst(), "déplacée par la modération");

        browser.open(platform.uri("/consultations/" + fixture.consultation + "/synthese"));
        type("synthesis-title", "Synthèse des besoins de santé de l’Essonne");
        type("synthesis-framing", "Ce que les habitants ont dit, et ce qui manque.");
        browser.click(By.id("synthesis-show-preview"));
        browser.waitForText(By.id("synthesis-preview"), "Des médecins près de chez soi");
        assertThat(browser.text(By.id("synthesis-preview")))
                .contains("Aperçu — non publié", "Ce que les habitants ont dit");
        browser.click(By.id("synthesis-publish"));
        browser.waitForText(By.id("synthesis-version"), "Version 1");

        convergences.rename(fixture.moderator, elderly, "Des soignants en EHPAD");
        convergences.confirm(fixture.moderator, elderly);
        browser.open(platform.uri("/consultations/" + fixture.consultation + "/synthese"));
        type("synthesis-title", "Synthèse corrigée");
        browser.click(By.id("synthesis-publish"));
        browser.waitForText(By.id("synthesis-version"), "Version 2");
        assertThat(browser.text(By.id("synthesis-differences")))
                .contains(
                        "Ce qui a changé depuis la version 1",
                        "« Synthèse des besoins de santé de l’Essonne » devient « Synthèse corrigée »",
                        "nouvelle convergence « Des soignants en EHPAD »");

        SynthesisDocument v2 =
                platform.bean(SynthesisDocumentService.class).version(fixture.consultation, 2, Locale.FRENCH);
        SynthesisDocument.Quote quoted = v2.themes().stream()
                .flatMap(section -> section.convergences().stream())
                .filter(group -> group.label().equals("Des médecins près de chez soi"))
                .findFirst()
                .orElseThrow()
                .quotes()
                .getFirst();
        platform.bean(ModerationService.class)
                .hide(fixture.moderator, quoted.contribution(), "Propos contraires à la charte");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/consultations/" + fixture.consultation + "/synthese/2"));
        assertThat(browser.text(By.id("synthesis-withdrawn"))).contains("1 contribution retirée depuis la publication");
        assertThat(browser.text(By.id("synthesis-document")))
                .doesNotContain(quoted.text())
                .contains("3 voix distinctes");
        assertThat(browser.text(By.id("synthesis-figures")))
                .contains((v2.figures().contributions() - 1) + " contributions");
        assertAccessible(browser, "a published synthesis version with its differences");
    }
}
