package fr.convergences.motion;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.StoredId;
import fr.convergences.convergence.TestConvergences;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestSql;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole voting story in a browser, each step by the role that takes it: the secretariat drafts an
 * avis linked to a convergence and a contribution and convenes a sitting; a titular declares absence and
 * their substitute votes; a member gives a proxy and the holder casts both ballots; a member declares an
 * interest and cannot vote; a member changes a roll-call vote; the session closes and the public page
 * shows the per-college results, the chart and the minutes; the agency's reply is recorded; the sitting is closed and
 * the minutes of the whole sitting are validated and public. Then a secret
 * vote: a member keeps the receipt and finds it in the published list, which shows no names.
 */
class MotionBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Demo-Convergences-2026";
    private static final String ADMIN = "admin@demo.convergences.fr";

    /** A titular of the demo council: e-mail, name, seat, and their substitute's e-mail and name (or null). */
    record Seat(String email, String name, long seat, String substituteEmail, String substituteName) {}

    private static List<Seat> collegeOne;
    private static TestSql sql;

    @BeforeAll
    static void seats() {
        sql = new TestSql(platform);
        collegeOne = sql.column("""
                SELECT a.email || '|' || a.display_name || '|' || m.id || '|' || coalesce(sa.email, '') || '|' || coalesce(sa.display_name, '')
                FROM mandate m JOIN account a ON a.id = m.account_id JOIN college c ON c.id = m.college_id JOIN council k ON k.id = m.council_id
                LEFT JOIN mandate s ON s.titular_mandate_id = m.id LEFT JOIN account sa ON sa.id = s.account_id
                WHERE k.slug = 'cts-essonne' AND m.kind = 'TITULAR' AND c.position = 1 ORDER BY m.seat""").stream()
                .map(row -> {
                    String[] parts = row.toString().split("\\|", -1);
                    return new Seat(
                            parts[0],
                            parts[1],
                            Long.parseLong(parts[2]),
                            parts[3].isEmpty() ? null : parts[3],
                            parts[4]);
                })
                .toList();
    }

    /** A convergence confirmed by the council's curators (as ConvergenceBrowserIT does through the page). */
    private static long confirmedConvergence(long consultation, String label) {
        return StoredId.of(new TestConvergences(platform)
                .of(consultation)
                .engineKey("test")
                .label(label)
                .terms("soir, week-end, urgences")
                .score(0.5)
                .sources(3)
                .create()
                .id());
    }

    private void as(String email) {
        SignIn.as(browser, platform, email, PASSWORD);
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntilIdle();
    }

    private void choose(String id, String label) {
        browser.click(By.id(id));
        browser.click(
                By.xpath("//vaadin-select[@id='" + id + "']//vaadin-select-item[normalize-space()='" + label + "']"));
        browser.waitUntilIdle();
    }

    private void pick(String id, String text) {
        WebElement input = browser.find(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        browser.waitForComboBoxOptions(id);
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        input.sendKeys(Keys.ESCAPE);
        browser.waitUntilIdle();
        input.sendKeys(Keys.TAB);
        browser.waitUntilIdle();
    }

    private void vote(long session, long seat, String label) {
        browser.click(By.xpath("//*[@id='choice-" + session + "-" + seat + "']//vaadin-radio-button[normalize-space()='"
                + label + "']"));
        browser.click(By.id("cast-" + session + "-" + seat));
        browser.waitUntilIdle();
    }

    @Test
    void a_sitting_votes_an_avis_with_a_substitute_a_proxy_a_recusal_and_a_changed_vote_and_publishes_its_minutes()
            throws Exception {
        String title =
                "Avis sur les urgences de nuit " + UUID.randomUUID().toString().substring(0, 6);
        Seat absent = collegeOne.get(0);
        Seat changer = collegeOne.get(2);
        Seat giver = collegeOne.get(3);
        Seat holder = collegeOne.get(4);
        Seat recused = collegeOne.get(5);
        List<Object> first = sql.column(
                "SELECT c.consultation_id || '|' || c.title FROM contribution c JOIN consultation k ON k.id = c.consultation_id "
                        + "JOIN council n ON n.id = k.council_id WHERE n.slug = 'cts-essonne' AND c.status = 'PUBLISHED' AND NOT c.hidden ORDER BY c.id LIMIT 1");
        long consultation = Long.parseLong(first.getFirst().toString().split("\\|", 2)[0]);
        String contribution = first.getFirst().toString().split("\\|", 2)[1];
        String convergenceLabel = "Soins non programmés le soir et le week-end " + title.substring(title.length() - 6);
        long convergence = confirmedConvergence(consultation, convergenceLabel);

        as(ADMIN);
        // The demo consultation has more convergences than a page of cards: the link names the card to draw.
        browser.open(platform.uri("/consultations/" + consultation + "/convergences?convergence=" + convergence));
        browser.click(By.id("propose-motion-" + convergence));
        browser.waitForText(By.cssSelector("#main-content h1"), "Rédiger une motion");
        assertThat(browser.find(By.cssSelector("#motion-title input")).getAttribute("value"))
                .isEqualTo(convergenceLabel);
        type("motion-title", title);
        type("motion-body", "Le conseil **demande** une régulation médicale joignable toute la nuit.");
        type("motion-reasons", "Les habitants attendent des heures aux urgences.");
        pick("motion-contributions", contribution.substring(0, Math.min(20, contribution.length())));
        assertThat(
                        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return document.getElementById('motion-contributions').selectedItems.map(item => item.label).join('|')"))
                .as("contribution picked (consultation %s)", consultation)
                .asString()
                .contains(contribution.substring(0, Math.min(20, contribution.length())));
        assertAccessible(browser, "motion form");
        browser.click(By.id("motion-save"));
        browser.waitForText(By.id("motion-state"), "Brouillon");
        browser.click(By.id("motion-publish"));
        browser.click(By.id("confirm-motion-publish"));
        browser.waitForText(By.id("motion-state"), "Publiée");
        assertThat(browser.text(By.id("motion-convergences"))).contains(convergenceLabel);
        long motion = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/motions/(\\d+).*", "$1"));

        browser.open(platform.uri("/conseils/cts-essonne/seances"));
        type("sitting-title", "Séance extraordinaire " + title);
        type("sitting-place", "Évry-Courcouronnes");
        type("sitting-url", "https://visio.example.org/cts");
        pick("sitting-agenda", title);
        browser.click(By.id("sitting-convene"));
        browser.waitForText(By.id("sitting-agenda-list"), title);
        long sitting = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/seances/(\\d+).*", "$1"));
        assertAccessible(browser, "sitting page");

        as(absent.email());
        browser.open(platform.uri("/seances/" + sitting));
        browser.click(By.id("sitting-absence"));
        browser.waitForText(By.id("sitting-mine-state"), "Vous avez déclaré votre absence.");

        as(giver.email());
        browser.open(platform.uri("/seances/" + sitting));
        WebElement holderField = browser.find(By.cssSelector("#proxy-holder input"));
        holderField.sendKeys(holder.name());
        browser.waitUntilIdle();
        holderField.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        browser.click(By.id("proxy-give"));
        browser.waitForText(By.id("sitting-mine"), "Vous avez donné procuration à " + holder.name());

        as(recused.email());
        browser.open(platform.uri("/motions/" + motion));
        type("interest-statement", "Je dirige le service d’urgences concerné.");
        browser.click(By.id("interest-declare"));
        browser.waitForText(By.id("interests"), "Je dirige le service d’urgences concerné.");

        as(ADMIN);
        browser.open(platform.uri("/motions/" + motion));
        choose("plan-sitting", "Séance extraordinaire " + title);
        type("plan-quorum", "1/5");
        browser.click(By.id("plan-submit"));
        long session = Long.parseLong(browser.find(By.cssSelector("[id^='open-session-']"))
                .getAttribute("id")
                .replace("open-session-", ""));
        VotingFixture.begin(platform, sitting); // its vote opens once the sitting has started
        browser.click(By.id("open-session-" + session));
        browser.waitForText(By.id("session-" + session), "ouvert");

        as(absent.substituteEmail());
        browser.open(platform.uri("/motions/" + motion));
        browser.click(By.id("join-sitting-" + session));
        vote(session, absent.seat(), "Pour");
        browser.waitForText(By.id("current-" + session + "-" + absent.seat()), "Pour");

        as(holder.email());
        browser.open(platform.uri("/motions/" + motion));
        browser.click(By.id("join-sitting-" + session));
        vote(session, holder.seat(), "Pour");
        vote(session, giver.seat(), "Contre");
        browser.waitForText(By.id("current-" + session + "-" + giver.seat()), "Contre");
        assertAccessible(browser, "motion page with ballots");

        as(changer.email());
        browser.open(platform.uri("/motions/" + motion));
        browser.click(By.id("join-sitting-" + session));
        vote(session, changer.seat(), "Contre");
        browser.waitForText(By.id("current-" + session + "-" + changer.seat()), "Contre");
        vote(session, changer.seat(), "Pour");
        browser.waitForText(By.id("current-" + session + "-" + changer.seat()), "Pour");
        browser.waitForText(By.id("motion-status"), "Votre vote est modifié.");

        as(recused.email());
        browser.open(platform.uri("/motions/" + motion));
        browser.waitForText(By.id("ballot-" + session + "-" + recused.seat()), "un intérêt a été déclaré");
        assertThat(browser.driver().findElements(By.id("cast-" + session + "-" + recused.seat())))
                .isEmpty();

        as(ADMIN);
        browser.open(platform.uri("/motions/" + motion));
        browser.click(By.id("close-session-" + session));
        browser.click(By.id("confirm-close-session-" + session));
        browser.waitForText(By.id("outcome-" + session), "Adoptée");
        browser.click(By.id("ars-save-sending"));
        browser.waitForText(By.id("ars-sent"), "Avis transmis à l’ARS le");
        browser.click(
                By.xpath("//*[@id='ars-reply-kind']//vaadin-radio-button[normalize-space()='avis suivi en partie']"));
        browser.find(By.id("ars-reply"))
                .findElement(By.tagName("textarea"))
                .sendKeys("L’ARS retient la régulation de nuit dès janvier.");
        browser.click(By.id("ars-save"));
        browser.waitForText(By.id("ars-replies"), "L’ARS retient la régulation de nuit dès janvier.");

        // The sitting closed, its secretariat validates the minutes of the whole sitting, after a confirmation.
        browser.open(platform.uri("/seances/" + sitting));
        browser.click(By.id("sitting-close"));
        browser.click(By.id("confirm-sitting-close"));
        // Before validating, the secretariat reads the draft of the whole sitting's minutes, marked as such, on the
        // page.
        browser.waitForText(By.id("sitting-minutes-preview-mark"), "Projet non validé");
        assertThat(browser.text(By.id("sitting-minutes-preview")))
                .contains("Procès-verbal de la séance")
                .contains(title)
                .contains("Votes nominatifs")
                .contains("Projet de procès-verbal, pas encore validé par le secrétariat.");
        assertAccessible(browser, "closed sitting with the draft of its minutes");
        as(changer.email());
        browser.open(platform.uri("/seances/" + sitting));
        browser.waitForText(By.id("sitting-agenda-list"), title);
        assertThat(browser.driver().findElements(By.id("sitting-minutes-preview")))
                .as("a plain member sees no draft")
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("sitting-minutes-validate")))
                .isEmpty();
        as(ADMIN);
        browser.open(platform.uri("/seances/" + sitting));
        browser.click(By.id("sitting-minutes-validate"));
        browser.click(By.id("confirm-minutes-validate"));
        browser.waitForText(By.id("sitting-minutes-signed"), "Validé par");
        assertThat(browser.driver().findElements(By.id("sitting-minutes-preview")))
                .as("validated: the PDF replaces the draft")
                .isEmpty();
        assertAccessible(browser, "closed sitting with its validated minutes");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/seances/" + sitting));
        String sittingMinutesHref = browser.find(By.id("sitting-minutes-pdf")).getAttribute("href");
        HttpResponse<byte[]> sittingPdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sittingMinutesHref)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        try (var document = Loader.loadPDF(sittingPdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " "))
                    .contains("Procès-verbal de la séance")
                    .contains(title)
                    .contains("Votes nominatifs")
                    .contains("Procès-verbal validé par");
        }

        browser.open(platform.uri("/motions/" + motion));
        browser.waitForText(By.id("outcome-" + session), "Adoptée");
        String colleges = browser.text(By.id("colleges-" + session));
        assertThat(colleges)
                .contains("Professionnels et offreurs des services de santé")
                .contains("Usagers et associations d’usagers");
        assertThat(browser.text(By.id("chart-" + session))).contains("Pour : 3").contains("Contre : 1");
        assertThat(browser.text(By.id("roll-call-" + session)))
                .contains(absent.substituteName() + " (suppléant·e du titulaire)")
                .contains(holder.name() + " (par procuration)");
        assertThat(browser.text(By.id("ars-follow-up")))
                .contains("Avis transmis à l’ARS le")
                .contains("régulation de nuit");
        String head = browser.text(By.id("head-" + session)).replaceAll(".*: ", "");
        assertAccessible(browser, "public result of a roll-call vote");

        String href = browser.find(By.id("minutes-" + session)).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String minutes;
        try (var document = Loader.loadPDF(pdf.body())) {
            minutes = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertThat(minutes)
                .contains("Procès-verbal du vote")
                .contains(title)
                .contains(absent.name() + ", remplacé·e par " + absent.substituteName())
                .contains(giver.name() + ", représenté·e par " + holder.name())
                .contains(recused.name() + " — Je dirige le service d’urgences concerné.")
                .contains("Pour : 3 ; contre : 1")
                .contains("Adoptée")
                .contains(head);

        browser.open(platform.uri("/contributions/"
                + sql.column("SELECT contribution_id FROM motion_contribution WHERE motion_id = ?", motion)
                        .getFirst()));
        assertThat(browser.text(By.id("answering-motions"))).contains(title).contains("Adoptée");
        assertThat(browser.text(By.id("official-answer")))
                .contains("Devenue une motion ou une action")
                .doesNotContain("!contribution");
    }

    @Test
    void a_member_finds_their_secret_ballots_receipt_in_the_published_list_which_shows_no_names() {
        Actor admin = Actor.account((Long)
                sql.column("SELECT id FROM account WHERE email = ?", ADMIN).getFirst());
        long council = (Long)
                sql.column("SELECT id FROM council WHERE slug = 'cts-essonne'").getFirst();
        MotionService motions = platform.bean(MotionService.class);
        VotingSessionService sessions = platform.bean(VotingSessionService.class);
        long motion = motions.publish(
                        admin,
                        motions.draft(
                                        admin,
                                        council,
                                        new MotionForm(
                                                null,
                                                MotionKind.DELIBERATION,
                                                "Délibération secrète "
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 6),
                                                "Texte.",
                                                "Motifs.",
                                                List.of(),
                                                List.of(),
                                                Set.of(),
                                                Set.of()))
                                .id())
                .id();
        long session = sessions.open(
                        admin,
                        sessions.plan(
                                        admin,
                                        motion,
                                        SessionForm.online(BallotKind.SECRET, VotingMethod.FOR_AGAINST, null))
                                .id())
                .id();
        Seat voter = collegeOne.get(1);
        Seat other = collegeOne.get(2);

        as(other.email());
        browser.open(platform.uri("/motions/" + motion));
        vote(session, other.seat(), "Contre");
        browser.waitForText(By.id("motion-status"), "Votre bulletin secret est déposé.");

        as(voter.email());
        browser.open(platform.uri("/motions/" + motion));
        vote(session, voter.seat(), "Pour");
        String receipt = browser.text(By.id("receipt-code"));
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(browser.text(By.id("ballot-" + session + "-" + voter.seat())))
                .contains("Bulletin secret déposé.");
        assertThat(browser.driver().findElements(By.id("cast-" + session + "-" + voter.seat())))
                .as("a secret ballot cannot be changed")
                .isEmpty();
        assertAccessible(browser, "secret ballot with its receipt");

        as(ADMIN);
        browser.open(platform.uri("/motions/" + motion));
        browser.click(By.id("close-session-" + session));
        browser.click(By.id("confirm-close-session-" + session));
        browser.waitForText(By.id("outcome-" + session), "Quorum non atteint");

        as(voter.email());
        browser.open(platform.uri("/motions/" + motion));
        type("receipt-check-" + session, receipt.toLowerCase());
        browser.click(By.id("receipt-check-button-" + session));
        browser.waitForText(By.id("receipt-found-" + session), "Bulletin " + receipt + " trouvé");
        assertThat(browser.text(By.id("receipt-found-" + session))).endsWith(": Pour");
        String published = browser.text(By.id("session-" + session));
        assertThat(published).contains(receipt);
        for (Seat seat : collegeOne) {
            assertThat(published).doesNotContain(seat.name());
        }
        assertAccessible(browser, "published secret ballots");
    }
}
