package fr.convergences.motion;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.Browser;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat's side of a sitting on the demo council, in a browser: a member gives a proxy and is told why they are
 * not offered to join online; the holder cannot pass it on, and nobody can give one to the giver; the giver withdraws it
 * and is expected again; the council's journal then reads in words, with names, a filter, and the council's id beside
 * its head.
 */
class SecretariatBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Demo-Convergences-2026";
    private static final String ADMIN = "admin@demo.convergences.fr";

    /** A titular of the demo council with voting right and no substitute (so that a proxy is the way to be represented). */
    record Member(String email, String name, long mandateId) {}

    private static List<Member> members;
    private static long councilId;
    private static long adminId;

    @BeforeAll
    static void members() {
        TestSql sql = new TestSql(platform);
        members = sql.column("""
                SELECT a.email || '|' || a.display_name || '|' || m.id FROM mandate m JOIN account a ON a.id = m.account_id JOIN council k ON k.id = m.council_id
                JOIN college c ON c.id = m.college_id
                WHERE k.slug = 'cts-essonne' AND m.kind = 'TITULAR' AND m.voting_right AND m.status = 'ACTIVE'
                  AND NOT EXISTS (SELECT 1 FROM mandate s WHERE s.titular_mandate_id = m.id)
                ORDER BY c.position, m.seat LIMIT 3""").stream()
                .map(row -> row.toString().split("\\|", -1))
                .map(parts -> new Member(parts[0], parts[1], Long.parseLong(parts[2])))
                .toList();
        councilId = ((Number) sql.column("SELECT id FROM council WHERE slug = 'cts-essonne'")
                        .getFirst())
                .longValue();
        adminId = ((Number) sql.column("SELECT id FROM account WHERE email = ?", ADMIN)
                        .getFirst())
                .longValue();
    }

    private void as(String email) {
        SignIn.as(browser, platform, email, PASSWORD);
    }

    private void giveProxyTo(Member holder) {
        WebElement field = browser.find(By.cssSelector("#proxy-holder input"));
        field.sendKeys(holder.name());
        browser.waitForComboBoxOptions("proxy-holder");
        field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        browser.click(By.id("proxy-give"));
        browser.waitUntilIdle();
    }

    private String journalCells() {
        Object text = browser.script("return Array.from(document.querySelectorAll('#journal vaadin-grid-cell-content'))"
                + ".map(cell => cell.textContent).join(' | ')");
        return String.valueOf(text);
    }

    private void waitForJournal(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
                .until(driver -> journalCells().contains(text));
    }

    @Test
    void a_proxy_is_given_never_chained_and_withdrawn_the_chair_follows_the_quorum_and_the_journal_tells_it_in_words() {
        assertThat(members).hasSize(3);
        Member giver = members.get(0);
        Member holder = members.get(1);
        Member third = members.get(2);
        long sitting = platform.bean(SittingService.class)
                .convene(
                        Actor.account(adminId),
                        councilId,
                        new SittingForm(
                                "Séance des procurations "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                SittingMode.HYBRID,
                                "Évry-Courcouronnes",
                                "https://visio.example.org/cts",
                                LocalDateTime.now().plusDays(6),
                                5,
                                List.of()))
                .id();

        as(giver.email());
        browser.open(platform.uri("/seances/" + sitting));
        assertThat(browser.driver().findElements(By.id("sitting-join")))
                .as("an expected member may join online")
                .isNotEmpty();
        giveProxyTo(holder);
        browser.waitForText(By.id("sitting-proxy-given"), "Vous avez donné procuration à " + holder.name());
        assertThat(browser.text(By.id("sitting-no-join")))
                .contains("Ayant donné procuration, vous ne rejoignez pas la séance");
        assertThat(browser.driver().findElements(By.id("sitting-join")))
                .as("the giver is not offered to join")
                .isEmpty();
        assertThat(browser.text(By.id("sitting-roll")))
                .as("before the start, nobody is absent yet")
                .contains("attendu·e")
                .doesNotContain("absent·e");
        assertAccessible(browser, "sitting page with a proxy given");

        as(holder.email());
        browser.open(platform.uri("/seances/" + sitting));
        browser.waitForText(By.id("sitting-proxy-held"), giver.name());
        giveProxyTo(third);
        browser.waitForText(By.id("sitting-page-status"), "Vous détenez la procuration d’un autre membre");

        as(third.email());
        browser.open(platform.uri("/seances/" + sitting));
        giveProxyTo(giver);
        browser.waitForText(By.id("sitting-page-status"), "Ce membre a lui-même donné procuration");

        as(giver.email());
        browser.open(platform.uri("/seances/" + sitting));
        browser.click(By.id("proxy-revoke"));
        browser.waitForText(By.id("sitting-mine-state"), "Vous êtes convoqué·e.");
        assertThat(browser.driver().findElements(By.id("sitting-proxy-given"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("sitting-join")))
                .as("expected again, the member may join")
                .isNotEmpty();

        as(ADMIN);
        browser.open(platform.uri("/seances/" + sitting));
        browser.waitForText(By.id("sitting-live-counts"), "Aucun membre présent");
        browser.click(By.id("check-in-" + members.get(1).mandateId()));
        browser.waitForText(By.id("sitting-live-counts"), "1 membre présent");
        browser.waitForText(By.id("sitting-movements"), "arrivée de " + holder.name());
        browser.click(By.id("departure-" + members.get(1).mandateId()));
        browser.waitForText(By.id("sitting-movements"), "départ de " + holder.name());
        assertThat(browser.text(By.id("sitting-live-quorum"))).startsWith("Quorum non atteint");
        assertAccessible(browser, "chair's screen");
        VotingFixture.begin(platform, sitting); // a sitting is closed once it has started
        browser.click(By.id("sitting-close"));
        browser.click(By.id("confirm-sitting-close"));
        browser.waitForAbsence(By.id("sitting-close"));

        browser.open(platform.uri("/conseils/cts-essonne/seances"));
        WebElement title = browser.find(By.cssSelector("#sitting-title input"));
        title.sendKeys("Séance urgente " + sitting);
        browser.find(By.cssSelector("#sitting-place input")).sendKeys("Évry-Courcouronnes");
        browser.find(By.cssSelector("#sitting-url input")).sendKeys("https://visio.example.org/cts");
        browser.script(
                "const picker = document.getElementById('sitting-start'); picker.value = arguments[0];"
                        + " picker.dispatchEvent(new CustomEvent('change'));",
                LocalDateTime.now().plusDays(2).withSecond(0).withNano(0).toString());
        browser.waitUntilIdle();
        browser.click(By.id("sitting-convene"));
        browser.waitForText(By.id("sitting-status"), "procédure d’urgence");
        browser.find(By.cssSelector("#sitting-urgent-reason textarea")).sendKeys("Saisine de l’ARS sous huit jours.");
        browser.waitUntilIdle();
        browser.click(By.id("sitting-convene"));
        browser.waitForText(By.id("sitting-urgent"), "Saisine de l’ARS sous huit jours.");

        browser.open(platform.uri("/conseils/cts-essonne/journal"));
        browser.waitForText(By.id("journal-head"), "verify-audit --council " + councilId + " --expect ");
        waitForJournal("Procuration retirée");
        assertThat(journalCells())
                .contains("Procuration donnée", giver.name(), "Convocation d’une séance")
                .doesNotContain("{\"");
        WebElement filter = browser.find(By.cssSelector("#journal-filter-action input"));
        filter.sendKeys("Procuration retirée");
        browser.waitForComboBoxOptions("journal-filter-action");
        filter.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        // The grid keeps its row elements (and their old texts) when it shrinks: count its items rather than read what
        // is left.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
                .until(driver ->
                        Long.valueOf(1).equals(browser.script("return document.getElementById('journal').size")));
        assertThat(journalCells()).contains("Procuration retirée", giver.name());
        assertAccessible(browser, "journal");
    }
}
