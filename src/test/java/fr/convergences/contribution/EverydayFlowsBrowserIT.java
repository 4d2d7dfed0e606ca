package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.Territory;
import fr.convergences.territory.TerritoryRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Everyday flows of issue 15 seen in the browser: a moderator dismisses the reports on a comment with a reason and the
 * reporters are told; a council in La Réunion lists its sittings at La Réunion's time, named; the public list of
 * consultations says how many older ones it leaves out.
 */
class EverydayFlowsBrowserIT extends BrowserTest {

    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");

    @Test
    void a_moderator_dismisses_the_reports_on_a_comment_with_a_reason_and_the_reporter_reads_it() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Signalements " + suffix, "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
        TestAccounts accounts = new TestAccounts(platform);
        long contribution = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(accounts.create("Autrice")),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Un cabinet ouvert le samedi " + suffix,
                                "Le samedi, rien n’est ouvert.",
                                Set.of(),
                                null))
                .id();
        DiscussionService discussions = platform.bean(DiscussionService.class);
        long comment = discussions
                .comment(
                        TestAccounts.actor(accounts.create("Commentateur")),
                        contribution,
                        null,
                        Stance.AGAINST,
                        "Il y a déjà une maison médicale de garde le samedi.")
                .id();
        Account reporter = accounts.createEstablished("Signaleuse");
        discussions.reportComment(TestAccounts.actor(reporter), comment, "Information fausse");
        discussions.reportComment(
                TestAccounts.actor(accounts.createEstablished("Signaleur")), comment, "Ton condescendant");

        SignIn.andOpen(
                browser,
                platform,
                "moderation@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/contributions/" + contribution);
        String prefix = "comment-" + comment;
        assertThat(browser.text(By.id(prefix + "-report-reasons"))).contains("Information fausse", "Ton condescendant");
        assertAccessible(browser, "a reported comment seen by a moderator");
        browser.click(By.id(prefix + "-dismiss"));
        browser.waitForText(
                        By.id("contribution-page-status"), "Indiquez pourquoi vous classez ces signalements sans suite")
                .waitUntilIdle();
        assertThat(browser.find(By.id(prefix + "-report-reasons")).isDisplayed())
                .as("a refusal without a reason keeps the reports")
                .isTrue();
        browser.find(By.cssSelector("#" + prefix + "-dismiss-reason input"))
                .sendKeys("Le commentaire corrige une erreur, sans excès");
        browser.click(By.id(prefix + "-dismiss"));
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "Les signalements sont classés sans suite");
        browser.waitForAbsence(By.id(prefix + "-report-reasons")).waitUntilIdle();
        assertAccessible(browser, "a comment whose reports were dismissed");

        platform.bean(OutboxDelivery.class).runOnce();
        SignIn.andOpen(browser, platform, reporter.email(), TestAccounts.PASSWORD, "/notifications");
        assertThat(browser.text(By.id("notifications")))
                .contains("Un cabinet ouvert le samedi " + suffix)
                .contains("Le commentaire corrige une erreur, sans excès");
        assertAccessible(browser, "the reporter's notifications");
    }

    @Test
    void a_council_in_la_reunion_lists_its_sittings_at_la_reunions_time_named() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Territory territory = platform.bean(TerritoryRepository.class)
                .save(new Territory(null, "S" + suffix, "La Réunion " + suffix, REUNION.getId()));
        Council council = platform.bean(CouncilRepository.class)
                .save(new Council(null, territory.id(), "Conseil " + suffix, "cts-s-" + suffix));
        long admin = new TestAccounts(platform).create("Secrétariat").id();
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, admin, council.id(), CouncilRole.COUNCIL_ADMIN));
        LocalDateTime startsAt = LocalDateTime.of(LocalDate.now(REUNION).plusDays(10), LocalTime.of(14, 0));
        platform.bean(SittingService.class)
                .convene(
                        Actor.account(admin),
                        council.id(),
                        new SittingForm(
                                "Séance plénière " + suffix,
                                SittingMode.IN_PERSON,
                                "Saint-Denis",
                                null,
                                startsAt,
                                7,
                                List.of()));

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + council.slug() + "/seances"));
        String sittings = plain(browser.text(By.id("sittings")));
        assertThat(sittings)
                .contains("Séance plénière " + suffix)
                .contains(plain(Messages.moment(startsAt.atZone(REUNION), Messages.FRENCH)))
                .contains("à 14:00 (heure de La Réunion)");
        assertAccessible(browser, "the sittings of a council in La Réunion");

        browser.click(By.id("language-switch"));
        browser.waitForText(By.id("sittings"), "Réunion Time").waitUntilIdle();
        assertThat(plain(browser.text(By.id("sittings"))))
                .contains(plain(Messages.moment(startsAt.atZone(REUNION), Messages.ENGLISH)))
                .contains("at 2:00 PM");
        browser.click(By.id("language-switch"));
        browser.waitUntilIdle();
    }

    @Test
    void the_public_list_of_consultations_says_how_many_older_ones_it_leaves_out() {
        TestSql sql = new TestSql(platform);
        int shown = ConsultationService.PublicList.LIMIT;
        long council = new TestCouncils(platform).create().id();
        ConsultationRepository consultations = platform.bean(ConsultationRepository.class);
        // Two more than the list shows, whatever the shared database already holds: the plural is what is read.
        for (long missing = shown + 2 - sql.count("SELECT count(*) FROM consultation"); missing > 0; missing--) {
            consultations.save(
                    new Consultation(null, council, "Consultation ancienne " + missing, "Q ?", null, Instant.now()));
        }
        long older = sql.count("SELECT count(*) FROM consultation") - shown;

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/consultations"));
        assertThat(browser.driver().findElements(By.cssSelector("#consultations > li")))
                .hasSize(shown);
        assertThat(plain(browser.text(By.id("consultations-rest"))))
                .isEqualTo(plain(Messages.format("consultation.list.rest", Messages.FRENCH, older)))
                .contains("consultations plus anciennes ne sont pas affichées ici");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
