package fr.convergences.debate;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organiser's side of debates in the browser: cancelling someone's registration asks first and the person finds
 * the notification; the counts follow without a reload; past debates are listed with their minutes; "Mes débats" lists
 * the organiser's debates with what is left to do.
 */
class DebateOrganiserBrowserIT extends BrowserTest {

    @Test
    void an_organiser_cancels_a_registration_after_confirming_then_finds_past_debates_and_their_own_space() {
        DebateFixtures fixtures = new DebateFixtures(platform);
        long consultation = fixtures.consultation();
        Debate coming = fixtures.publicDebate(consultation, "Parcours de soins des aidants", 10);
        Account resident = fixtures.accounts.create("Habitante Inscrite");
        Registration registration =
                platform.bean(RegistrationService.class).register(TestAccounts.actor(resident), coming.id());
        Debate past = fixtures.publicDebate(consultation, "Débat passé des aidants", 10);
        fixtures.startedAgo(past.id(), Duration.ofMinutes(125));
        platform.bean(DebateOutcomeService.class)
                .writeMinutes(fixtures.organiser, past.id(), "Les aidants demandent **du répit**.");

        // The organiser cancels the registration: a dialog asks first, then the list and its counts say it is done.
        SignIn.andOpen(
                browser,
                platform,
                fixtures.organiserAccount.email(),
                TestAccounts.PASSWORD,
                "/debats/" + coming.id() + "/inscriptions");
        browser.waitForText(By.id("registrations-counts"), "1 place prise sur 10");
        browser.click(By.id("cancel-registration-" + registration.id()));
        browser.click(By.id("confirm-cancel-registration"));
        browser.waitForText(By.id("registrants"), "Annulée");
        browser.waitForText(By.id("registrations-counts"), "0 place prise sur 10");

        // Someone else registers while the page is open: the counts follow without a reload.
        platform.bean(RegistrationService.class)
                .register(TestAccounts.actor(fixtures.accounts.create("Autre Habitant")), coming.id());
        browser.waitForText(By.id("registrations-counts"), "1 place prise sur 10");

        // Their space lists their debates, each with what is left to do.
        browser.open(platform.uri("/debats"));
        browser.click(By.id("view-mine"));
        browser.waitForText(By.id("my-debate-" + past.id()), "noter la participation");
        assertThat(browser.find(By.id("my-debates-upcoming")).getText())
                .contains("Parcours de soins des aidants", "suivre les inscriptions");
        assertThat(browser.find(By.id("my-debates-propose")).getText()).contains("Santé en débat");
        assertAccessible(browser, "organiser's space");

        // Past debates, with their minutes folded under each.
        browser.open(platform.uri("/debats?vue=passes"));
        browser.waitForText(By.id("past-debate-" + past.id()), "Débat passé des aidants");
        browser.click(By.cssSelector("#past-debate-" + past.id() + " vaadin-details-summary"));
        browser.waitForText(By.id("past-debate-" + past.id()), "Les aidants demandent du répit.");
        assertAccessible(browser, "past debates");

        // The registrant finds the notification once the outbox has delivered it.
        platform.bean(OutboxDelivery.class).runOnce();
        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/notifications");
        browser.waitForText(By.id("notifications"), "Inscription annulée : Parcours de soins des aidants");
    }
}
