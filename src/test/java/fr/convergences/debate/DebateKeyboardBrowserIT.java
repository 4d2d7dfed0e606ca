package fr.convergences.debate;

import static fr.convergences.debate.Keyboard.press;
import static fr.convergences.debate.Keyboard.tabTo;
import static fr.convergences.debate.Keyboard.type;
import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.debate.paperform.PaperFormBatch;
import fr.convergences.debate.paperform.PaperForms;
import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Registering for a debate and typing in paper forms, from the keyboard alone (no click once the page is open). */
class DebateKeyboardBrowserIT extends BrowserTest {

    private static DebateFixtures fixtures;
    private static long consultation;

    @BeforeAll
    static void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    @Test
    void registering_and_cancelling_with_the_keyboard_only() {
        Debate debate = fixtures.publicDebate(consultation, "Débat au clavier", 1);
        String email = "clavier." + System.nanoTime() + "@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/debats/" + debate.id()));

        tabTo(browser, By.id("registrant-name"));
        type(browser, "Mme Clavier");
        tabTo(browser, By.id("registrant-email"));
        type(browser, email);
        tabTo(browser, By.id("register-anonymous"));
        press(browser, Keys.ENTER);
        browser.waitForText(By.id("registration-status"), "Un e-mail a été envoyé à " + email);
        assertAccessible(browser, "registration sent, keyboard only");
        tabTo(browser, By.id("registrant-name"));
        type(browser, "Mme Clavier, encore");
        tabTo(browser, By.id("registrant-email"));
        type(browser, email);
        tabTo(browser, By.id("register-anonymous"));
        press(browser, Keys.ENTER);
        browser.waitForText(By.id("registration-status"), "Cette adresse (ou ce compte) est déjà inscrite à ce débat.");
        browser.open(java.net.URI.create(platform.mailbox().latestLinkTo(email)));
        browser.waitForText(By.id("registration-link-status"), "votre place est réservée");

        Account resident = fixtures.accounts.create("Habitante Clavier");
        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/debats/" + debate.id());
        tabTo(browser, By.id("register"));
        press(browser, Keys.ENTER);
        browser.waitForText(By.id("own-registration"), "liste d’attente");
        tabTo(browser, By.id("registration-cancel"));
        press(browser, Keys.ENTER);
        browser.waitForText(By.id("registration-status"), "Votre inscription est annulée.");
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM debate_registration WHERE debate_id = ? AND status = 'CONFIRMED'",
                                debate.id()))
                .isEqualTo(1);
    }

    @Test
    void typing_in_paper_forms_one_after_another_with_the_keyboard_only() {
        Debate debate = fixtures.publicDebate(consultation, "Débat saisi au clavier", 30);
        fixtures.startedAgo(debate.id(), Duration.ofHours(4));
        PaperFormBatch batch = platform.bean(PaperForms.class).issue(fixtures.organiser, consultation, 2);
        SignIn.andOpen(
                browser,
                platform,
                fixtures.organiserAccount.email(),
                TestAccounts.PASSWORD,
                "/debats/" + debate.id() + "/saisie");

        typeForm(batch.first().printed(), "Des consultations sans rendez-vous", true);
        browser.waitForText(
                By.id("capture-status"), "Formulaire n° " + batch.first().printed() + " enregistré");
        assertThat(Keyboard.focusedIn(browser, browser.find(By.id("form-number"))))
                .as("the cursor goes back to the number")
                .isTrue();
        typeForm(batch.last().printed(), "Un bus pour l’hôpital le dimanche", false);
        browser.waitForText(
                By.id("capture-status"), "Formulaire n° " + batch.last().printed() + " enregistré");
        typeForm(batch.first().printed(), "Le même formulaire une seconde fois", false);
        browser.waitForText(
                By.id("capture-status"), "Le formulaire n° " + batch.first().printed() + " a déjà été saisi");
        String typo = batch.last().printed().substring(0, batch.last().printed().length() - 1)
                + ((batch.last().checkDigit() + 3) % 10);
        tabTo(browser, By.id("form-number"));
        Keyboard.replace(browser, typo);
        tabTo(browser, By.id("capture-save"));
        press(browser, Keys.ENTER);
        browser.waitForText(By.id("capture-status"), "un chiffre a sans doute été mal tapé");
        assertAccessible(browser, "transcription screen after a refused number, keyboard only");

        assertThat(new TestSql(platform)
                        .column(
                                "SELECT c.origin FROM debate_contribution d JOIN contribution c ON c.id = d.contribution_id "
                                        + "WHERE d.debate_id = ?",
                                debate.id()))
                .containsExactly(ContributionOrigin.PAPER.name(), ContributionOrigin.PAPER.name());
    }

    /** One form, field after field in the paper form's order: number, title, text, first theme, consent, then Enter on save. */
    private static void typeForm(String number, String title, boolean firstTheme) {
        tabTo(browser, By.id("form-number"));
        Keyboard.replace(browser, number);
        tabTo(browser, By.id("capture-title"));
        Keyboard.replace(browser, title);
        tabTo(browser, By.id("capture-body"));
        Keyboard.replace(browser, "Écrit sur le formulaire : " + title);
        if (firstTheme) {
            tabTo(browser, By.cssSelector("#capture-themes vaadin-checkbox"));
            press(browser, Keys.SPACE);
        }
        tabTo(browser, By.id("capture-consent"));
        press(browser, Keys.SPACE);
        tabTo(browser, By.id("capture-save"));
        press(browser, Keys.ENTER);
    }
}
