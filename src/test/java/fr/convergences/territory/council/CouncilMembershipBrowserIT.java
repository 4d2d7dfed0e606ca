package fr.convergences.territory.council;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class CouncilMembershipBrowserIT extends BrowserTest {

    private static final String DEMO_ADMIN = "admin" + CouncilDemoData.DOMAIN;
    private static final String DEMO_PASSWORD = "Demo-Convergences-2026";

    @Test
    void an_admin_invites_a_member_who_accepts_and_appears_on_the_public_composition() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String appointee = "Élodie Invitée " + suffix;
        String email = "elodie." + suffix + "@example.org";

        SignIn.andOpen(browser, platform, DEMO_ADMIN, DEMO_PASSWORD, "/conseils/cts-essonne/administration");
        browser.waitForText(By.cssSelector("#main-content h1"), "Administration")
                .waitUntilIdle();
        assertAccessible(browser, "council administration");

        WebElement college = browser.find(By.cssSelector("#mandate-college input"));
        college.sendKeys("Usagers");
        browser.waitUntilIdle();
        college.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.find(By.cssSelector("#mandate-name input")).sendKeys(appointee);
        browser.find(By.cssSelector("#mandate-email input")).sendKeys(email);
        browser.find(By.cssSelector("#mandate-order input")).sendKeys("Arrêté ARS IDF n° DOS-2026-042");
        browser.click(By.id("mandate-appoint"));
        browser.waitForText(
                By.id("mandates"), appointee + " (titulaire, Usagers et associations d’usagers) : invité·e");

        browser.open(platform.uri("/conseils/cts-essonne/composition"));
        assertThat(browser.text(By.tagName("main"))).contains(appointee + " (invité·e, en attente d’acceptation)");

        Account invited = new TestAccounts(platform).create("Élodie");
        String link = platform.mailbox().latestLinkTo(email);
        browser.driver().manage().deleteAllCookies();
        browser.open(URI.create(link));
        browser.waitForText(By.cssSelector("#main-content h1"), "Se connecter");
        browser.find(By.cssSelector("#login-email input")).sendKeys(invited.email());
        browser.find(By.cssSelector("#login-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Invitation à siéger")
                .waitUntilIdle();
        assertAccessible(browser, "invitation page");
        browser.click(By.id("invitation-accept"));
        browser.waitForText(By.id("invitation-status"), "Votre mandat est accepté");
        browser.click(By.id("invitation-composition"));

        browser.waitForText(By.cssSelector("#main-content h1"), "Composition").waitUntilIdle();
        String composition = browser.text(By.tagName("main"));
        assertThat(composition).contains(appointee).doesNotContain(appointee + " (invité·e");
        assertThat(browser.text(By.id("audit-head"))).matches("(?s).*\\d+:[0-9a-f]{64}.*");
        assertAccessible(browser, "public composition page");
    }

    @Test
    void the_admin_records_the_president_who_then_appears_on_the_composition() {
        SignIn.andOpen(browser, platform, DEMO_ADMIN, DEMO_PASSWORD, "/conseils/cts-essonne/administration");
        WebElement titular = browser.find(By.cssSelector("#bureau-titular input"));
        titular.sendKeys("Nadia Haddad");
        browser.waitUntilIdle();
        titular.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(By.id("bureau-position"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Présidence']"));
        browser.click(By.id("bureau-assign"));
        browser.waitUntilIdle();

        browser.open(platform.uri("/conseils/cts-essonne/composition"));
        assertThat(browser.text(By.id("bureau"))).contains("Présidence : Nadia Haddad");

        // Naming another president asks first, naming who is replaced; the officers' page then shows the new one.
        String successor = String.valueOf(
                new fr.convergences.testing.TestSql(platform).column("""
                SELECT m.person_name FROM mandate m JOIN council k ON k.id = m.council_id WHERE k.slug = 'cts-essonne' AND m.kind = 'TITULAR'
                  AND m.status = 'ACTIVE' AND m.person_name <> 'Nadia Haddad' ORDER BY m.id LIMIT 1""").getFirst());
        browser.open(platform.uri("/conseils/cts-essonne/administration"));
        WebElement other = browser.find(By.cssSelector("#bureau-titular input"));
        other.sendKeys(successor);
        browser.waitUntilIdle();
        other.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(By.id("bureau-position"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Présidence']"));
        browser.click(By.id("bureau-assign"));
        browser.waitUntilIdle();
        browser.find(By.id("confirm-bureau-replace"));
        assertThat(
                        String.valueOf(
                                browser.script(
                                        "const d = document.querySelector('vaadin-confirm-dialog'); return d.header + ' ' + d.message;")))
                .contains("Remplacer Nadia Haddad")
                .contains(successor);
        browser.click(By.id("confirm-bureau-replace"));
        browser.waitUntilIdle();
        browser.open(platform.uri("/conseils/cts-essonne/fonctions"));
        String offices = String.valueOf(
                browser.script("return Array.from(document.querySelectorAll('#offices vaadin-grid-cell-content'))"
                        + ".map(cell => cell.textContent).join(' | ')"));
        assertThat(offices)
                .contains(successor + " | Présidence")
                .doesNotContain("Nadia Haddad | Présidence")
                .contains("Administration du conseil");
        // Each office shows the end of its holder's mandate (issue 14): the new president's, as the mandate records it.
        java.time.LocalDate ends =
                java.time.LocalDate.parse(String.valueOf(new fr.convergences.testing.TestSql(platform)
                        .column("""
                SELECT coalesce(m.ended_on, m.ends_on)::text FROM mandate m JOIN council k ON k.id = m.council_id
                WHERE k.slug = 'cts-essonne' AND m.kind = 'TITULAR' AND m.status = 'ACTIVE' AND m.person_name = ?""", successor)
                        .getFirst()));
        assertThat(offices)
                .contains(successor + " | Présidence | "
                        + fr.convergences.base.i18n.Messages.day(ends, java.util.Locale.FRENCH))
                .contains("Fin du mandat");
    }

    @Test
    void a_resident_is_refused_the_council_admin_pages() {
        Account resident = new TestAccounts(platform).create("Curieux");
        SignIn.as(browser, platform, resident.email(), TestAccounts.PASSWORD);

        for (String page : new String[] {"/conseils/cts-essonne/administration", "/conseils/cts-essonne/journal"}) {
            browser.open(platform.uri(page));
            assertThat(browser.text(By.id("access-denied"))).isEqualTo("Accès refusé");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("mandate-appoint")
                    .doesNotContain("journal");
        }
    }

    @Test
    void the_council_admin_reads_the_audit_log() {
        SignIn.andOpen(browser, platform, DEMO_ADMIN, DEMO_PASSWORD, "/conseils/cts-essonne/journal");
        browser.waitForText(By.cssSelector("#main-content h1"), "Journal d’audit")
                .waitUntilIdle();
        assertAccessible(browser, "audit log page");
    }
}
