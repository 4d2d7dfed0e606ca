package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 18, as a person sees it: after repeated wrong passwords the sign-in page says how many seconds to wait (the
 * progressive delay that replaced the lockout), and an action past its rate limit is refused with a sentence saying in
 * how many minutes to try again, changing nothing. On a node of its own whose support limit is one an hour (the
 * shared platform has the rate limits off).
 */
class ThrottlingBrowserIT extends BrowserTest {

    private static SecondNode limited;

    @BeforeAll
    static void startLimitedNode() {
        limited = new SecondNode(
                platform,
                Map.of(
                        "convergences.rate-limit.enabled",
                        true,
                        "convergences.rate-limit.support",
                        "1/1h",
                        "convergences.rate-limit.openid-sign-in",
                        "1/1h",
                        "convergences.oidc.enabled",
                        true,
                        "convergences.oidc.issuer",
                        platform.identityProvider()
                                .issuerUrl(TestPlatform.OIDC_ISSUER_ID)
                                .toString(),
                        "convergences.oidc.client-id",
                        TestPlatform.OIDC_CLIENT_ID,
                        "convergences.oidc.client-secret",
                        "test-secret",
                        "convergences.oidc.label",
                        "FranceConnect (test)"));
    }

    @AfterAll
    static void stopLimitedNode() {
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void repeated_wrong_passwords_show_the_wait_and_a_support_past_the_limit_is_refused_with_the_minutes_to_wait() {
        Account target = new TestAccounts(platform).create("Compte visé");
        browser.driver().manage().deleteAllCookies();
        browser.open(limited.uri("/connexion"));
        browser.find(By.cssSelector("#login-email input")).sendKeys(target.email());
        // Five failures are free; the delay after the next ones doubles from one second, so a try typed within it is
        // answered with the wait (a slow machine may need a try or two more to be within it).
        String said = "";
        for (int attempt = 1;
                attempt <= LoginDelayPolicy.FREE_FAILURES + 5 && !said.contains("Plusieurs tentatives");
                attempt++) {
            browser.find(By.cssSelector("#login-password input")).sendKeys("pas le bon mot de passe " + attempt);
            browser.click(By.id("login-submit"));
            browser.waitUntilIdle();
            said = browser.text(By.id("login-status"));
            assertThat(attempt > LoginDelayPolicy.FREE_FAILURES || !said.contains("Plusieurs tentatives"))
                    .as("no wait within the free failures, attempt %d", attempt)
                    .isTrue();
        }
        assertThat(said)
                .contains("Plusieurs tentatives ont échoué pour ce compte")
                .containsPattern("réessayez dans \\d+ secondes?");

        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Limites", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(9)));
        ContributionService contributions = platform.bean(ContributionService.class);
        var author = TestAccounts.actor(new TestAccounts(platform).create("Autrice"));
        long first = contributions
                .submit(author, consultation, form("Un centre de santé"))
                .id();
        long second = contributions
                .submit(author, consultation, form("Un bus vers l’hôpital"))
                .id();
        Account supporter = new TestAccounts(platform).createEstablished("Soutien pressé");

        browser.driver().manage().deleteAllCookies();
        browser.open(limited.uri("/connexion"));
        browser.find(By.cssSelector("#login-email input")).sendKeys(supporter.email());
        browser.find(By.cssSelector("#login-password input")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("login-submit"));
        browser.find(By.id("account-logout"));

        browser.open(limited.uri("/contributions/" + first));
        browser.click(By.id("support"));
        browser.waitForText(By.id("support-count"), "1");
        browser.open(limited.uri("/contributions/" + second));
        browser.click(By.id("support"));
        browser.waitForText(By.id("contribution-page-status"), "trop souvent");
        assertThat(browser.text(By.id("contribution-page-status"))).contains("réessayez dans 60 minutes");
        assertThat(browser.text(By.id("support-count")))
                .as("the refused support changed nothing")
                .doesNotContain("1");
    }

    @Test
    void a_second_openid_sign_in_from_one_address_past_the_limit_is_refused_on_the_sign_in_page() {
        platform.identityProvider()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        TestPlatform.OIDC_ISSUER_ID,
                        "sub-" + UUID.randomUUID(),
                        "JWT",
                        List.of(TestPlatform.OIDC_CLIENT_ID),
                        Map.of(
                                "email",
                                "limite." + UUID.randomUUID() + "@example.org",
                                "email_verified",
                                true,
                                "name",
                                "Première venue")));
        browser.driver().manage().deleteAllCookies();
        browser.open(limited.uri("/connexion"));
        browser.click(By.id("login-oidc"));
        browser.click(By.cssSelector("#oidc-charter input")); // a first sign-in with the provider asks the charter
        browser.click(By.id("oidc-charter-accept"));
        browser.find(By.id("account-logout"));

        browser.driver().manage().deleteAllCookies();
        browser.open(limited.uri("/connexion"));
        browser.click(By.id("login-oidc"));
        browser.waitForText(By.id("login-status"), "trop souvent");
        assertThat(browser.driver().getCurrentUrl())
                .as("still on the platform, not sent to the provider")
                .startsWith(limited.uri("/").toString());
    }

    private static ContributionForm form(String title) {
        return new ContributionForm(
                ContributionKind.PROPOSAL, title, "Un texte pour « " + title + " ».", Set.of(), null);
    }
}
