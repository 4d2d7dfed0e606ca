package fr.convergences.motion;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.application.VotingRulesService;
import fr.convergences.motion.model.CouncilVotingRules;
import fr.convergences.territory.Council;
import fr.convergences.testing.Browser;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A council admin sets the voting rules of the council's règlement on its administration page: a value out of bounds is
 * refused in words before anything is asked; a valid change is confirmed first, saved, shown again on the next visit and
 * read in words in the council's journal. A fresh council, so that the demo council's rules stay as other tests expect.
 */
class VotingRulesBrowserIT extends BrowserTest {

    private static final String ADMIN = "admin@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private static void type(String fieldId, String value) {
        var input = browser.find(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
        browser.waitUntilIdle();
    }

    private static String fieldValue(String fieldId) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).value", fieldId));
    }

    @Test
    void the_council_admin_changes_the_proxies_per_holder_and_the_secrecy_threshold_after_confirming() {
        Council council = new TestCouncils(platform).create();
        long admin = ((Number) new TestSql(platform)
                        .column("SELECT id FROM account WHERE email = ?", ADMIN)
                        .getFirst())
                .longValue();
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, admin, council.id(), CouncilRole.COUNCIL_ADMIN));
        VotingRulesService rules = platform.bean(VotingRulesService.class);

        SignIn.andOpen(browser, platform, ADMIN, PASSWORD, "/conseils/" + council.slug() + "/administration");
        assertThat(browser.text(By.id("voting-rules")))
                .contains("Règlement intérieur")
                .contains("1 procuration")
                .contains("5 bulletins");
        assertThat(fieldValue("voting-rules-proxies"))
                .as("the council follows the platform: the field is empty")
                .isEmpty();

        type("voting-rules-proxies", "5");
        browser.click(By.id("voting-rules-save"));
        browser.waitForText(By.id("voting-rules-status"), "doit être compris entre 1 et 3");
        assertThat(browser.driver().findElements(By.id("voting-rules-confirm")))
                .as("nothing to confirm")
                .isEmpty();
        assertThat(rules.settings(council.id()).own()).isEqualTo(CouncilVotingRules.PLATFORM);

        type("voting-rules-proxies", "2");
        type("voting-rules-small-group", "7");
        browser.click(By.id("voting-rules-save"));
        browser.find(By.id("voting-rules-confirm"));
        assertThat(browser.driver().findElements(By.id("voting-rules-confirm")))
                .as("asked first")
                .hasSize(1);
        assertThat(rules.settings(council.id()).own())
                .as("nothing saved before the confirmation")
                .isEqualTo(CouncilVotingRules.PLATFORM);
        browser.click(By.id("voting-rules-confirm"));
        browser.waitForText(By.id("voting-rules-status"), "Règles de vote enregistrées");
        assertThat(browser.text(By.id("voting-rules-status")))
                .contains("2 procurations")
                .contains("7 bulletins");
        assertThat(rules.settings(council.id()).own()).isEqualTo(new CouncilVotingRules(2, 7));
        assertAccessible(browser, "council administration with its voting rules");

        browser.open(platform.uri("/conseils/" + council.slug() + "/administration"));
        browser.find(By.id("voting-rules"));
        assertThat(fieldValue("voting-rules-proxies")).isEqualTo("2");
        assertThat(fieldValue("voting-rules-small-group")).isEqualTo("7");

        browser.open(platform.uri("/conseils/" + council.slug() + "/journal"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Browser.POLL)
                .until(driver -> String.valueOf(
                                browser.script(
                                        "return Array.from(document.querySelectorAll('#journal vaadin-grid-cell-content')).map(cell => cell.textContent).join(' | ')"))
                        .contains("Règles de vote du règlement intérieur modifiées"));
    }
}
