package fr.convergences.debate;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Every debate page on a 320-pixel-wide screen (WCAG 1.4.10, reflow): no horizontal scrolling, nothing cut, still accessible. */
class DebateNarrowScreenBrowserIT extends BrowserTest {

    private static DebateFixtures fixtures;
    private static long consultation;

    @BeforeAll
    static void narrowWindow() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
        browser.driver().manage().window().setSize(new Dimension(320, 800));
    }

    @AfterAll
    static void wideAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void the_debate_pages_reflow_on_a_320_pixel_wide_screen() {
        Debate upcoming = fixtures.publicDebate(
                consultation, "Un débat au titre assez long pour passer à la ligne sur un petit écran", 1);
        platform.bean(RegistrationService.class)
                .registerOnBehalf(
                        fixtures.organiser, upcoming.id(), "Mme Anne-Sophie de La Tour-Dubreuil", "+33 1 60 00 00 00");
        platform.bean(RegistrationService.class)
                .registerOnBehalf(fixtures.organiser, upcoming.id(), "M. Attente", null);
        Debate held = fixtures.publicDebate(consultation, "Débat tenu", 30);
        fixtures.startedAgo(held.id(), Duration.ofHours(5));
        platform.bean(DebateOutcomeService.class)
                .writeMinutes(
                        fixtures.organiser,
                        held.id(),
                        "## Compte rendu\n\nUneadressetreslonguesansespace@exemple-de-domaine-interminable.fr et https://www.exemple.fr/un/chemin/tres/long/sans/fin");

        browser.driver().manage().deleteAllCookies();
        check("/debats", "debates, list");
        check("/debats?vue=mois", "debates, month");
        check("/debats/" + upcoming.id(), "debate page, registration");
        check("/debats/" + held.id(), "held debate page");
        SignIn.as(browser, platform, fixtures.organiserAccount.email(), TestAccounts.PASSWORD);
        check("/consultations/" + consultation + "/debats/nouveau", "new debate form");
        check("/debats/" + upcoming.id() + "/modifier", "debate edit form");
        check("/debats/" + upcoming.id() + "/inscriptions", "registrants");
        check("/debats/" + held.id() + "/compte-rendu", "attendance and minutes");
        check("/debats/" + held.id() + "/saisie", "transcription screen");
        check("/consultations/" + consultation + "/formulaires", "paper forms");
        check("/consultations/" + consultation + "/formulaires/saisie", "paper transcription");
    }

    private static void check(String path, String state) {
        browser.open(platform.uri(path));
        browser.find(By.cssSelector("#main-content h1"));
        browser.waitUntilIdle();
        assertThat((Long) browser.script("return window.innerWidth"))
                .as("the window is 320 pixels wide")
                .isLessThanOrEqualTo(320L);
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling on " + state)
                .isTrue();
        // The page's own content; the frame's navigation bar (MainLayout, shared by every page) is the layout's
        // concern.
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) browser.script("""
                const width = window.innerWidth;
                return [...document.querySelectorAll('#main-content *')]
                  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); })
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                            + ' ' + Math.round(e.getBoundingClientRect().left) + '→' + Math.round(e.getBoundingClientRect().right));""");
        assertThat(cut).as("elements cut on " + state).isEmpty();
        assertAccessible(browser, state + " at 320 pixels");
    }
}
