package fr.convergences.project;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.StoredId;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.convergence.TestConvergences;
import fr.convergences.identity.Account;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.ArsReplyKind;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A visitor walks the whole trail: from a contribution to its convergence's page, which lists the motion and the action
 * that answer it; to the motion (its vote and the agency's reply) and back to the convergence; to the action and its
 * indicator on the public dashboard; and back through the action's motion to the contribution. The visitor is invited
 * to sign in to follow; the author, signed in, finds what became of it in their notifications and follows the action,
 * the convergence and the motion from their pages.
 */
class FollowUpTrailBrowserIT extends BrowserTest {

    @Test
    void a_visitor_walks_from_a_contribution_to_its_indicator_and_back_and_its_author_is_told_and_follows() {
        TestSql sql = new TestSql(platform);
        ProjectFixture fixture = new ProjectFixture(platform);
        Account author = new TestAccounts(platform).create("Habitante d’Étampes");
        long consultation = platform.bean(ConsultationService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        new ConsultationForm(
                                "Diagnostic territorial",
                                "Quels sont vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusMonths(1),
                                        LocalDate.now().plusMonths(1)))))
                .id();
        ContributionService contributions = platform.bean(ContributionService.class);
        long contribution = contributions
                .submit(
                        TestAccounts.actor(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Pas de médecin traitant",
                                "Depuis deux ans, aucun médecin ne prend de nouveaux patients.",
                                Set.of(),
                                null))
                .id();
        // A second voice: the public sees a convergence voiced by two different people.
        Account neighbour = new TestAccounts(platform).create("Voisin d’Étampes");
        long second = contributions
                .submit(
                        TestAccounts.actor(neighbour),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Aucun généraliste en vue",
                                "Notre médecin est parti à la retraite sans successeur.",
                                Set.of(),
                                null))
                .id();
        long convergence = StoredId.of(new TestConvergences(platform)
                .of(consultation)
                .members(List.of(contribution, second))
                .create()
                .id());
        Motion avis = fixture.council.publishedMotion(
                MotionKind.AVIS, consultation, Set.of(contribution), Set.of(convergence));
        decide(fixture, avis.id());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        ArsFollowUpService ars = platform.bean(ArsFollowUpService.class);
        ars.recordSending(fixture.admin, avis.id(), today, today.plusMonths(2));
        ars.recordReply(
                fixture.admin, avis.id(), today, ArsReplyKind.ACCEPTED, "L’agence finance trois maisons de santé.");
        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project =
                projects.open(fixture.admin, fixture.councilId(), "Projet territorial de santé", "Trois priorités.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Accès aux soins", "Un médecin pour chacun.");
        ActionService actions = platform.bean(ActionService.class);
        ProjectAction action = actions.create(
                fixture.admin,
                axis.id(),
                new ActionForm(
                        "Consultations du soir",
                        "Trois maisons de santé.",
                        fixture.owner.id(),
                        Set.of(),
                        Set.of(),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2027, 6, 30),
                        null));
        actions.link(fixture.admin, action.id(), LinkKind.CONVERGENCE, convergence);
        actions.link(fixture.admin, action.id(), LinkKind.MOTION, avis.id());
        actions.changeStatus(fixture.admin, action.id(), ActionStatus.IN_PROGRESS, null);
        IndicatorService indicators = platform.bean(IndicatorService.class);
        Indicator indicator = indicators.define(
                fixture.admin,
                project.id(),
                new IndicatorForm(
                        action.id(),
                        "Habitants sans médecin traitant",
                        "Part des habitants sans médecin traitant déclaré.",
                        "%",
                        "Assurance maladie",
                        new BigDecimal("14.5"),
                        LocalDate.of(2025, 12, 31),
                        new BigDecimal("10"),
                        LocalDate.of(2028, 12, 31),
                        Frequency.YEARLY,
                        Direction.LOWER_IS_BETTER,
                        "ARS"));
        indicators.recordCollegeAgreement(
                fixture.admin,
                indicator.id(),
                indicators.colleges(fixture.councilId()).getFirst().id(),
                today);
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/contributions/" + contribution));
        assertThat(browser.text(By.cssSelector("#public-trail .trail-convergence")))
                .contains("Trouver un médecin traitant");
        assertThat(browser.text(By.cssSelector("#public-trail .trail-motion")))
                .contains(avis.title(), "Adoptée", "avis suivi");
        assertThat(browser.text(By.cssSelector("#public-trail .trail-indicator")))
                .contains(indicator.name());
        assertThat(browser.find(By.id("follow-sign-in")).getAttribute("href"))
                .contains("connexion?retour=%2Fcontributions%2F" + contribution);
        assertAccessible(browser, "a contribution's page with its trail");

        // To the convergence's page, which lists what answers it.
        browser.click(By.cssSelector("#public-trail .trail-convergence a"));
        browser.waitForText(By.tagName("h1"), "Trouver un médecin traitant");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/convergences/" + convergence);
        assertThat(browser.text(By.id("convergence-motions"))).contains(avis.title(), "Adoptée", "avis suivi");
        assertThat(browser.text(By.id("convergence-actions")))
                .contains("Consultations du soir", "En cours", indicator.name());
        assertThat(browser.find(By.id("follow-sign-in")).getAttribute("href"))
                .contains("connexion?retour=%2Fconvergences%2F" + convergence);
        assertAccessible(browser, "a convergence's page with what answers it");

        // To the motion, its vote and the agency's reply, and back to the convergence.
        browser.click(By.xpath("//ul[@id='convergence-motions']//a[contains(., '" + avis.title() + "')]"));
        browser.waitForText(By.tagName("h1"), avis.title());
        assertThat(browser.text(By.id("motion-state"))).contains("Adoptée");
        assertThat(browser.text(By.id("ars-replies"))).contains("L’agence finance trois maisons de santé.");
        browser.click(By.xpath("//ul[@id='motion-convergences']//a[contains(., 'Trouver un médecin traitant')]"));
        browser.waitForText(By.tagName("h1"), "Trouver un médecin traitant");

        // To the action, its indicator drawn on its page, and the council's public dashboard.
        browser.click(By.xpath("//ul[@id='convergence-actions']//a[contains(., 'Consultations du soir')]"));
        browser.waitForText(By.tagName("h1"), "Consultations du soir");
        assertThat(browser.text(By.id("action-indicators"))).contains(indicator.name());
        browser.find(By.id("indicator-chart-" + indicator.id()));
        browser.click(By.id("action-all-indicators"));
        // The action's page names the indicator too: wait for the dashboard's address before looking for it there.
        browser.waitForUrlContaining("/indicateurs").waitUntilIdle();
        browser.find(By.id("indicator-" + indicator.id()));

        // And back: the action, its motion, the contribution.
        browser.driver().navigate().back();
        browser.waitForText(By.tagName("h1"), "Consultations du soir");
        browser.click(By.xpath("//ul[@id='action-links']//a[contains(., '" + avis.title() + "')]"));
        browser.waitForText(By.tagName("h1"), avis.title());
        browser.click(By.xpath("//ul[@id='motion-contributions']//a[contains(., 'Pas de médecin traitant')]"));
        browser.find(By.id("public-trail"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/contributions/" + contribution);

        OutboxDelivery delivery = platform.bean(OutboxDelivery.class);
        for (int tries = 0;
                tries < 50
                        && sql.count(
                                        "SELECT count(*) FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP'",
                                        author.id())
                                < 4;
                tries++) {
            delivery.runOnce();
            platform.bean(fr.convergences.project.notification.MotionDecisionSweep.class)
                    .sweep();
        }
        SignIn.andOpen(browser, platform, author.email(), TestAccounts.PASSWORD, "/notifications");
        browser.waitForText(By.tagName("body"), "Action lancée : « Consultations du soir »");
        assertThat(browser.text(By.tagName("body")))
                .contains(
                        "Le conseil a adopté « " + avis.title() + " »",
                        "L’agence régionale de santé a répondu à « " + avis.title() + " »",
                        "Nouvel indicateur public : « " + indicator.name() + " »");
        browser.open(platform.uri("/actions/" + action.id()));
        browser.click(By.id("follow-toggle"));
        browser.waitForText(By.id("follow-toggle"), "Ne plus suivre");
        assertThat(sql.count(
                        "SELECT count(*) FROM follow WHERE account_id = ? AND subject_kind = 'ACTION' AND subject_id = ?",
                        author.id(),
                        action.id()))
                .isEqualTo(1);
        browser.open(platform.uri("/convergences/" + convergence));
        browser.click(By.id("follow-toggle"));
        browser.waitForText(By.id("follow-toggle"), "Ne plus suivre");
        browser.open(platform.uri("/motions/" + avis.id()));
        browser.click(By.id("follow-toggle"));
        browser.waitForText(By.id("follow-toggle"), "Ne plus suivre");
        assertThat(sql.column(
                        "SELECT subject_kind || ':' || subject_id FROM follow WHERE account_id = ? ORDER BY subject_kind",
                        author.id()))
                .containsExactly("ACTION:" + action.id(), "CONVERGENCE:" + convergence, "MOTION:" + avis.id());
    }

    private void decide(ProjectFixture fixture, long motionId) {
        VotingSessionService sessions = platform.bean(VotingSessionService.class);
        VotingSession session = sessions.open(
                fixture.admin,
                sessions.plan(
                                fixture.admin,
                                motionId,
                                SessionForm.online(BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST, null))
                        .id());
        BallotService ballots = platform.bean(BallotService.class);
        fixture.council.titulars.forEach(titular ->
                ballots.cast(titular.actor(), session.id(), titular.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        sessions.close(fixture.admin, session.id());
    }
}
