package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.search.IndexUpdater;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The contribution form on a 1366-pixel laptop screen and on a phone (390 × 844): text fields sized for their content,
 * similar contributions seen while typing, a commune found by its name typed without accents, and an error in plain
 * French. Geometry is read from the page (getBoundingClientRect), in CSS pixels.
 */
class ContributionFormBrowserIT extends BrowserTest {

    private static long consultation;

    @BeforeAll
    static void consultationWithAContribution() throws Exception {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        Actor admin = TestAccounts.actor(platform.bean(AccountRepository.class)
                .findByEmailIgnoringCase("admin@demo.convergences.fr")
                .orElseThrow());
        consultation = platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Formulaire " + UUID.randomUUID().toString().substring(0, 6),
                                "Vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))))
                .id();
        platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Voisine")),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Plus de médecins généralistes à Dourdan",
                                "Il faut faire venir des médecins généralistes dans le sud de l’Essonne.",
                                Set.of(),
                                null));
        platform.bean(IndexUpdater.class).awaitDrained(Duration.ofSeconds(20));
    }

    @AfterAll
    static void usualWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void on_a_1366_pixel_screen_the_fields_are_wide_and_similar_contributions_sit_beside_the_text() {
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        openFormAndType();
        Box title = box("contribution-title");
        Box body = box("contribution-body");
        Box similar = box("similar-contributions");
        assertThat(title.width()).as("title field width").isGreaterThan(500);
        assertThat(body.width())
                .as("text area as wide as the title")
                .isCloseTo(title.width(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(body.top()).as("the text under the title, not beside it").isGreaterThanOrEqualTo(title.bottom());
        assertThat(body.height()).as("a text area tall enough for a paragraph").isGreaterThanOrEqualTo(150);
        assertThat(similar.left()).as("similar contributions beside the text").isGreaterThanOrEqualTo(body.right());
        assertThat(similar.top()).as("seen while typing, within the window").isLessThan(viewportHeight());

        browser.find(By.cssSelector("#contribution-commune input")).sendKeys("etamp");
        browser.waitForComboBoxOptions("contribution-commune");
        browser.find(By.cssSelector("#contribution-commune input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        assertThat(browser.find(By.cssSelector("#contribution-commune input")).getDomProperty("value"))
                .isEqualTo("Étampes");
        assertAccessible(browser, "contribution form at 1366 pixels");
    }

    @Test
    void
            on_a_phone_the_fields_fill_the_width_similar_contributions_come_under_the_text_and_errors_speak_plain_french() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        openFormAndType();
        double width = ((Number) browser.script("return document.documentElement.clientWidth")).doubleValue();
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).doubleValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(width);
        Box title = box("contribution-title");
        Box body = box("contribution-body");
        assertThat(title.width()).as("title field width").isGreaterThan(width * 0.8);
        assertThat(body.width()).isCloseTo(title.width(), org.assertj.core.data.Offset.offset(2.0));
        browser.script("document.getElementById('contribution-body').scrollIntoView({block: 'start'})");
        body = box("contribution-body");
        Box similar = box("similar-contributions");
        assertThat(similar.top())
                .as("just under the text")
                .isGreaterThanOrEqualTo(body.bottom())
                .isLessThan(body.bottom() + 60);
        assertThat(similar.top()).as("seen while typing, within the window").isLessThan(viewportHeight());

        browser.find(By.cssSelector("#contribution-commune input")).sendKeys("Sainte-Introuvable", Keys.TAB);
        browser.waitUntilIdle();
        browser.click(By.id("contribution-submit"));
        browser.waitForText(By.id("contribution-status"), "Nous ne reconnaissons pas cette commune")
                .waitUntilIdle();
        assertThat(browser.text(By.id("contribution-status"))).doesNotContainIgnoringCase("insee");
        assertAccessible(browser, "contribution form on a phone, with an error");

        browser.find(By.cssSelector("#contribution-commune input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "etampes", Keys.TAB);
        browser.waitUntilIdle();
        assertThat(browser.find(By.cssSelector("#contribution-commune input")).getDomProperty("value"))
                .as("a name typed in full, without its accent, is the commune")
                .isEqualTo("Étampes");
    }

    private void openFormAndType() {
        Account resident = new TestAccounts(platform).create("Résident de Dourdan");
        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/consultations/" + consultation);
        browser.find(By.cssSelector("#contribution-title input")).sendKeys("Manque de médecins");
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Nous n’avons plus de médecin généraliste dans notre commune.");
        browser.waitForText(By.id("similar-contributions"), "Plus de médecins généralistes à Dourdan")
                .waitUntilIdle();
    }

    private static double viewportHeight() {
        return ((Number) browser.script("return window.innerHeight")).doubleValue();
    }

    private static Box box(String id) {
        @SuppressWarnings("unchecked")
        List<Number> rect = (List<Number>) browser.script(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];",
                id);
        return new Box(
                rect.get(0).doubleValue(),
                rect.get(1).doubleValue(),
                rect.get(2).doubleValue(),
                rect.get(3).doubleValue());
    }

    record Box(double left, double top, double right, double bottom) {
        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }
    }
}
