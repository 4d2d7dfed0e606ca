package fr.convergences.debate;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.paperform.FormNumber;
import fr.convergences.identity.Account;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The whole life of a debate, each step in the browser as the person who does it: the organiser proposes it, a
 * moderator approves it, people register (the last one lands on the waiting list), the calendar file downloads and
 * parses; afterwards the organiser records attendance and minutes and types in three contributions, which appear in
 * the consultation and in search.
 */
class DebateBrowserIT extends BrowserTest {

    static final String DEMO_PASSWORD = "Demo-Convergences-2026";
    private static final Pattern FIRST_FORM = Pattern.compile("du n° (\\d+-\\d+-\\d)");

    @Test
    void a_debate_from_its_proposal_to_the_contributions_captured_there() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Débat des aidants " + unique;
        TestSql sql = new TestSql(platform);
        long consultation = ((Number) sql.column(
                                "SELECT id FROM consultation WHERE title = 'Diagnostic territorial de santé de l’Essonne'")
                        .getFirst())
                .longValue();

        // The organiser proposes the debate from the consultation's page.
        SignIn.andOpen(
                browser, platform, "debats@demo.convergences.fr", DEMO_PASSWORD, "/consultations/" + consultation);
        browser.click(By.id("organise-debate-link"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Organiser un débat")
                .waitUntilIdle();
        assertAccessible(browser, "new debate form");
        browser.find(By.cssSelector("#debate-title input")).sendKeys(title);
        browser.find(By.cssSelector("#debate-description textarea"))
                .sendKeys("Pour les **aidants** : fatigue, répit, droits.");
        browser.find(By.cssSelector("#debate-day input"))
                .sendKeys(LocalDate.now().plusDays(9).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        browser.find(By.cssSelector("#debate-start input")).sendKeys("18:00", Keys.ENTER);
        browser.find(By.cssSelector("#debate-end input")).sendKeys("17:00", Keys.ENTER);
        browser.find(By.cssSelector("#debate-place input")).sendKeys("Salle Marcel-Pagnol, Évry");
        browser.click(By.cssSelector("#debate-step-free input"));
        browser.find(By.cssSelector("#debate-capacity input")).sendKeys("2");
        browser.click(By.id("debate-save"));
        browser.waitForText(By.id("debate-status-message"), "L’heure de fin doit être après l’heure de début.");
        browser.find(By.cssSelector("#debate-end input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "20:00", Keys.ENTER);
        browser.click(By.id("debate-save"));
        browser.waitForText(By.cssSelector("#main-content h1"), title).waitUntilIdle();
        assertThat(browser.find(By.id("debate-status")).getText()).contains("En attente de validation");
        assertAccessible(browser, "proposed debate page");
        String debateUrl = browser.driver().getCurrentUrl();
        long debate = Long.parseLong(debateUrl.substring(debateUrl.lastIndexOf('/') + 1));

        // A moderator approves it from the calendar of debates.
        SignIn.andOpen(browser, platform, "moderation@demo.convergences.fr", DEMO_PASSWORD, "/debats");
        browser.waitForText(By.id("pending-debates"), title);
        assertAccessible(browser, "debates calendar with debates to approve");
        browser.click(By.xpath("//ul[@id='pending-debates']//a[normalize-space()='" + title + "']"));
        browser.click(By.id("approve-debate"));
        browser.waitForAbsence(By.id("debate-status")).waitUntilIdle();
        assertThat(browser.find(By.id("debate-facts")).getText())
                .contains("Accès de plain-pied", "2 places, 2 encore libres");
        browser.open(URI.create(debateUrl + "/inscriptions"));
        browser.find(By.id("access-denied"));
        assertThat(browser.find(By.id("main-content")).getText())
                .as("registrants' e-mails: the organiser and council admins only")
                .doesNotContain("@");

        // Someone without an account registers and confirms by e-mail; two residents follow, the second onto the
        // waiting list.
        browser.driver().manage().deleteAllCookies();
        browser.open(URI.create(debateUrl));
        String email = "invitee." + unique + "@example.org";
        browser.find(By.cssSelector("#registrant-name input")).sendKeys("Mme Sans Compte");
        browser.find(By.cssSelector("#registrant-email input")).sendKeys(email);
        browser.click(By.id("register-anonymous"));
        browser.waitForText(By.id("registration-status"), "Un e-mail a été envoyé à " + email);
        assertAccessible(browser, "debate page, registration without an account");
        browser.open(URI.create(platform.mailbox().latestLinkTo(email)));
        browser.waitForText(By.id("registration-link-status"), "votre place est réservée");
        Account first = new TestAccounts(platform).create("Aidant Un");
        SignIn.as(browser, platform, first.email(), TestAccounts.PASSWORD);
        browser.open(URI.create(debateUrl));
        browser.click(By.id("register"));
        browser.waitForText(By.id("own-registration"), "votre place est réservée");
        Account second = new TestAccounts(platform).create("Aidante Deux");
        SignIn.as(browser, platform, second.email(), TestAccounts.PASSWORD);
        browser.open(URI.create(debateUrl));
        assertThat(browser.find(By.id("debate-full")).getText()).contains("complet");
        browser.click(By.id("register"));
        browser.waitForText(By.id("own-registration"), "liste d’attente");
        assertAccessible(browser, "debate page, on the waiting list");

        // The calendar file downloads and parses.
        String href = browser.find(By.id("ical-link")).getAttribute("href");
        String ics = BrowserFetch.text(browser, href);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getLocation().getValue()).isEqualTo("Salle Marcel-Pagnol, Évry");

        // The organiser sees the list (with the e-mails) and prints paper forms.
        SignIn.as(browser, platform, "debats@demo.convergences.fr", DEMO_PASSWORD);
        browser.open(URI.create(debateUrl));
        browser.click(By.id("registrations-link"));
        browser.waitForText(By.id("registrants"), email);
        assertThat(browser.find(By.id("registrants")).getText())
                .contains("Aidant Un", "Place réservée", "Aidante Deux", "Liste d’attente");
        assertAccessible(browser, "registrants");
        String csv =
                BrowserFetch.text(browser, browser.find(By.id("door-list-csv")).getAttribute("href"));
        assertThat(csv).contains("Nom;E-mail;Téléphone;Statut", "Mme Sans Compte;" + email, "Aidante Deux");
        browser.open(platform.uri("/consultations/" + consultation));
        browser.click(By.id("paper-forms-link"));
        browser.find(By.cssSelector("#paper-count input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        browser.click(By.id("paper-issue"));
        browser.waitForText(By.id("paper-status"), "5 formulaires préparés");
        assertAccessible(browser, "paper forms");
        Matcher issued = FIRST_FORM.matcher(browser.find(By.id("paper-status")).getText());
        assertThat(issued.find()).isTrue();
        FormNumber firstForm = FormNumber.parse(issued.group(1));
        String secondForm = new FormNumber(firstForm.consultationId(), firstForm.serial() + 1).printed();

        // Time passes: the debate took place.
        sql.update(
                "UPDATE debate SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = ?",
                debate);
        browser.open(URI.create(debateUrl));
        browser.click(By.id("outcome-link"));
        browser.find(By.cssSelector("#attendance-total input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "31");
        browser.find(By.cssSelector("#attendance-profile-PATIENT_OR_CAREGIVER input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "18");
        browser.click(By.id("attendance-save"));
        browser.waitForText(By.id("outcome-status"), "La présence est enregistrée.");
        browser.find(By.cssSelector("#minutes textarea"))
                .sendKeys(
                        "## Ce qui a été dit\n\nLe **répit** manque. <script>window.hacked = 1</script> <img src=x onerror=\"window.hacked = 1\">");
        browser.click(By.id("minutes-save"));
        browser.waitForText(By.id("outcome-status"), "Le compte rendu est publié.");
        assertAccessible(browser, "attendance and minutes");

        browser.click(By.id("outcome-capture-link"));
        capture(firstForm.printed(), "Répit " + unique + " : des week-ends de répit pour les aidants");
        capture("", "Répit " + unique + " : une plateforme d’écoute la nuit");
        capture(secondForm, "Répit " + unique + " : un accueil de jour près de chez soi");
        assertThat(browser.find(By.id("capture-count")).getText()).isEqualTo("3 contributions saisies sur cet écran.");
        assertAccessible(browser, "transcription screen");
        browser.find(By.cssSelector("#form-number input")).sendKeys(firstForm.printed());
        browser.find(By.cssSelector("#capture-title input")).sendKeys("Doublon");
        browser.find(By.cssSelector("#capture-body textarea")).sendKeys("Le même formulaire, tapé deux fois.");
        browser.click(By.cssSelector("#capture-consent input"));
        browser.click(By.id("capture-save"));
        browser.waitForText(By.id("capture-status"), "a déjà été saisi");

        // The public sees the outcome, the contributions in the consultation and in search.
        browser.driver().manage().deleteAllCookies();
        browser.open(URI.create(debateUrl));
        browser.waitForText(By.id("debate-attendance"), "31 personnes présentes.");
        assertThat(browser.find(By.id("debate-minutes")).getText()).contains("Le répit manque.");
        assertThat(browser.find(By.cssSelector("#debate-minutes strong")).getText())
                .isEqualTo("répit");
        assertThat(
                        browser.script(
                                "return document.querySelectorAll('#debate-minutes script, #debate-minutes img').length + (window.hacked ? 1 : 0)"))
                .as("the minutes are escaped like any text")
                .isEqualTo(0L);
        assertThat(browser.find(By.id("captured-contributions")).getText()).contains("une plateforme d’écoute la nuit");
        assertAccessible(browser, "held debate page");
        browser.open(platform.uri("/consultations/" + consultation + "?origine=DEBATE"));
        browser.waitForText(By.id("past-debates"), title);
        assertThat(browser.find(By.id("debate-share")).getText())
                .matches("\\d+ contributions sur \\d+ ont été recueillies lors de débats \\(\\d+[ \\u00a0]%\\)\\.");
        browser.open(platform.uri("/recherche?q=" + unique));
        browser.waitForText(By.id("search-results"), "des week-ends de répit pour les aidants");
        assertThat(browser.find(By.id("search-results")).getText())
                .contains("une plateforme d’écoute la nuit", "un accueil de jour près de chez soi");
    }

    private void capture(String number, String title) {
        browser.find(By.cssSelector("#form-number input")).sendKeys(number);
        browser.find(By.cssSelector("#capture-title input")).sendKeys(title);
        browser.find(By.cssSelector("#capture-body textarea")).sendKeys("Proposé lors du débat : " + title + ".");
        browser.click(By.cssSelector("#capture-consent input"));
        browser.click(By.id("capture-save"));
        browser.waitForText(By.id("capture-status"), title);
    }
}
