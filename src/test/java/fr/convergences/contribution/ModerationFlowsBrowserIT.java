package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationAppealRepository;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Redaction, appeals, suspension and the charter, as moderators and participants of the demo council use them. */
class ModerationFlowsBrowserIT extends BrowserTest {

    private static final String MODERATOR = "moderation@demo.convergences.fr";
    private static final String DEMO_PASSWORD = "Demo-Convergences-2026";

    private final TestAccounts accounts = new TestAccounts(platform);
    private long consultation;
    private Actor moderator;

    @BeforeEach
    void openConsultationOfTheDemoCouncil() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Modération", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
        moderator = TestAccounts.actor(platform.bean(AccountRepository.class)
                .findByEmailIgnoringCase(MODERATOR)
                .orElseThrow());
    }

    private long contribution(Actor author, String title, String body) {
        return platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(ContributionKind.TESTIMONY, title, body, Set.of(), null))
                .id();
    }

    private void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void a_moderator_redacts_a_passage_and_the_public_page_shows_the_notice_not_the_words() {
        long contribution = contribution(
                TestAccounts.actor(accounts.create("Témoin")),
                "Neuf heures aux urgences",
                "Mon voisin Jean Dupont, diabétique, a attendu neuf heures.");

        SignIn.andOpen(browser, platform, MODERATOR, DEMO_PASSWORD, "/contributions/" + contribution);
        browser.click(By.cssSelector("#redact-details summary"));
        browser.find(By.cssSelector("#redact-passage input")).sendKeys("Jean Dupont, diabétique");
        browser.find(By.cssSelector("#redact-reason input")).sendKeys("Donnée de santé d’une personne identifiable");
        assertAccessible(browser, "redaction form open");
        browser.click(By.id("redact"));
        browser.find(By.id("redact-confirm"));
        assertThat(browser.driver().findElements(By.id("redaction-notices")))
                .as("nothing is erased before the confirmation")
                .isEmpty();
        browser.click(By.id("redact-confirm"));
        browser.find(By.id("redaction-notices"));
        browser.waitUntilIdle();
        assertAccessible(browser, "redacted contribution seen by a moderator");

        signOut();
        browser.open(platform.uri("/contributions/" + contribution));
        assertThat(browser.text(By.id("main-content")))
                .contains(
                        "Mon voisin […], a attendu neuf heures.",
                        "Passage masqué par la modération le ",
                        " : Donnée de santé d’une personne identifiable")
                .doesNotContain("Dupont");
        assertThat(browser.driver().getPageSource()).doesNotContain("Dupont");
        assertAccessible(browser, "public contribution page with a redaction notice");
    }

    @Test
    void the_author_appeals_a_hiding_once_and_the_moderator_reverses_it_from_the_queue() {
        Account author = accounts.create("Autrice du recours");
        long contribution =
                contribution(TestAccounts.actor(author), "Un bus pour l’hôpital de Dourdan", "La ligne ne passe plus.");
        ModerationService moderation = platform.bean(ModerationService.class);
        long decision = moderation.hide(moderator, contribution, "Hors sujet").id();

        SignIn.andOpen(browser, platform, author.email(), TestAccounts.PASSWORD, "/contributions/" + contribution);
        assertThat(browser.text(By.id("hidden-notice")))
                .contains("Votre contribution est masquée par la modération (motif : Hors sujet)");
        assertAccessible(browser, "hidden contribution seen by its author, with the appeal form");
        browser.find(By.cssSelector("#appeal-" + decision + "-text textarea"))
                .sendKeys("Elle porte sur l’accès aux soins.");
        browser.click(By.id("appeal-" + decision));
        browser.waitForText(By.id("decision-" + decision), "Recours envoyé");
        assertThat(browser.driver().findElements(By.id("appeal-" + decision)))
                .as("no second appeal offered")
                .isEmpty();
        assertAccessible(browser, "contribution page after the appeal");
        assertThatThrownBy(() -> moderation.appeal(TestAccounts.actor(author), decision, "Encore"))
                .satisfies(e -> assertThat(ModerationTestData.key(e)).isEqualTo("moderation.appeal.twice"));

        long appeal = platform.bean(ModerationAppealRepository.class)
                .findByDecisionId(decision)
                .orElseThrow()
                .id();
        SignIn.andOpen(browser, platform, MODERATOR, DEMO_PASSWORD, "/conseils/cts-essonne/moderation");
        assertThat(browser.find(By.id("queue-appeal-" + appeal)).getText())
                .contains("Elle porte sur l’accès aux soins.", "Hors sujet");
        assertAccessible(browser, "moderation queue with a pending appeal");
        browser.click(By.xpath("//*[@id='appeal-decision-" + appeal
                + "-outcome']//vaadin-radio-button[normalize-space()='Annuler la décision']"));
        browser.find(By.cssSelector("#appeal-decision-" + appeal + "-reason input"))
                .sendKeys("Elle porte bien sur l’accès aux soins");
        browser.click(By.id("appeal-decision-" + appeal));
        browser.waitForAbsence(By.id("queue-appeal-" + appeal)).waitUntilIdle();

        signOut();
        browser.open(platform.uri("/contributions/" + contribution));
        browser.waitForText(By.cssSelector("#main-content h1"), "Un bus pour l’hôpital de Dourdan");
    }

    @Test
    void a_moderator_suspends_the_author_of_a_reported_comment_whose_next_comment_is_refused_with_the_reason() {
        Account person = accounts.create("Commentateur vif");
        long contribution =
                contribution(TestAccounts.actor(accounts.create("Autrice")), "Des kinés à Étampes", "Il en manque.");
        DiscussionService discussions = platform.bean(DiscussionService.class);
        long comment = discussions
                .comment(TestAccounts.actor(person), contribution, null, Stance.AGAINST, "Propos blessants")
                .id();
        discussions.reportComment(
                TestAccounts.actor(accounts.create("Lectrice")), comment, "Propos blessants envers l’autrice");

        SignIn.andOpen(browser, platform, MODERATOR, DEMO_PASSWORD, "/conseils/cts-essonne/moderation");
        assertThat(browser.find(By.id("queue-comment-" + comment)).getText())
                .contains("Propos blessants", "1 signalement · visible · par Commentateur vif");
        browser.click(By.cssSelector("#suspend-comment-" + comment + "-details summary"));
        browser.find(By.cssSelector("#suspend-comment-" + comment + "-reason input"))
                .sendKeys("Propos blessants répétés");
        assertAccessible(browser, "moderation queue with the suspension form open");
        browser.click(By.id("suspend-comment-" + comment));
        browser.waitForText(
                By.id("moderation-suspensions"),
                "Commentateur vif, jusqu’à nouvel ordre. Motif : Propos blessants répétés");
        assertAccessible(browser, "moderation queue with a suspension in force");

        SignIn.andOpen(browser, platform, person.email(), TestAccounts.PASSWORD, "/contributions/" + contribution);
        browser.find(By.cssSelector("#comment-body textarea")).sendKeys("Et je recommence.");
        browser.click(By.id("comment-send"));
        browser.waitForText(
                By.id("contribution-page-status"),
                "Votre participation à ce conseil est suspendue jusqu’à nouvel ordre");
        assertAccessible(browser, "a suspended person's comment refused");
        assertThat(browser.text(By.id("comments"))).doesNotContain("Et je recommence.");
    }
}
