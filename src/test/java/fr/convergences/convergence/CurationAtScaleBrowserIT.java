package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The curation page with 300 convergences (as a consultation of a few thousand contributions gives): it opens with a
 * bounded number of elements, a curation action deep in the list keeps the moderator where they were, and the time
 * the server takes is printed (docs/CONVERGENCES.md keeps the figures).
 */
class CurationAtScaleBrowserIT extends BrowserTest {

    private static final String MODERATOR = "moderation@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";
    private static final int CONVERGENCES = 300;
    /** Far more than a page of cards needs, far less than 300 cards with their forms (that page did not open within 20 s). */
    private static final int MAX_ELEMENTS = 6_000;

    @Test
    void three_hundred_convergences_open_with_a_bounded_page_and_curating_one_keeps_the_moderator_in_place() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        TestAccounts accounts = new TestAccounts(platform);
        var adminAccount = accounts.create("Admin à grande échelle");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        Actor admin = TestAccounts.actor(adminAccount);
        long consultation = platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Trois cents convergences",
                                "Vos besoins ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))))
                .id();
        // Built in bulk: the engine is not what is tested here, and 900 submissions through the service take minutes on
        // CI.
        TestSql sql = new TestSql(platform);
        sql.update("""
                INSERT INTO contribution (consultation_id, kind, title, body, status, published_at, created_at, origin)
                SELECT ?, 'NEED', 'Besoin ' || g, 'Besoin exprimé ' || md5(g::text) || ' ' || md5((g * 7)::text), 'PUBLISHED', now(), now(), 'PAPER'
                FROM generate_series(1, ?) g""", consultation, 3 * CONVERGENCES);
        sql.update("""
                INSERT INTO convergence (consultation_id, engine_key, label, terms, status, score, computed_at)
                SELECT ?, 'k' || g, 'Convergence ' || g, 'besoin', 'PROPOSED', 1.0 - g / 1000.0, now() FROM generate_series(1, ?) g""", consultation, CONVERGENCES);
        sql.update("""
                INSERT INTO convergence_member (convergence_id, contribution_id, rank)
                SELECT v.id, c.id, c.n % 3 + 1
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM contribution WHERE consultation_id = ?) c
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM convergence WHERE consultation_id = ?) v ON v.n = c.n / 3""", consultation, consultation);
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.list(admin, consultation, 3); // warm
        long started = System.nanoTime();
        List<ConvergenceService.ConvergenceView> all = convergences.list(admin, consultation, 3);
        long listMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(all).hasSize(CONVERGENCES);
        System.out.printf("[curation at scale] %d convergences: list() %d ms%n", CONVERGENCES, listMillis);

        SignIn.as(browser, platform, MODERATOR, PASSWORD);
        String page = "/consultations/" + consultation + "/convergences";
        browser.open(platform.uri(page)); // warm
        started = System.nanoTime();
        browser.open(platform.uri(page));
        long openMillis = (System.nanoTime() - started) / 1_000_000;
        long elements = ((Number) browser.script("return document.querySelectorAll('*').length")).longValue();
        System.out.printf("[curation at scale] page opened in %d ms, %d elements%n", openMillis, elements);
        assertThat(elements)
                .as("elements of the page with %d convergences", CONVERGENCES)
                .isLessThan(MAX_ELEMENTS);

        // The last card shown, far down the page: confirmed from where the moderator reads it.
        List<?> cards = (List<?>) browser.script(
                "return Array.from(document.querySelectorAll('.convergence-card')).map(card => card.id)");
        String last = String.valueOf(cards.getLast());
        long id = Long.parseLong(last.substring("convergence-".length()));
        browser.script("window.notReloaded = true");
        started = System.nanoTime();
        browser.click(By.id("convergence-confirm-" + id));
        browser.waitForText(By.id("convergence-notice-text"), "confirmée");
        long actionMillis = (System.nanoTime() - started) / 1_000_000;
        long after = ((Number) browser.script("return document.querySelectorAll('*').length")).longValue();
        System.out.printf("[curation at scale] confirming one: %d ms, %d elements after%n", actionMillis, after);

        assertThat(browser.script("return window.notReloaded === true"))
                .as("the page was updated in place")
                .isEqualTo(true);
        assertThat(browser.script(
                        "const box = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return box.top < window.innerHeight && box.bottom > 0",
                        last))
                .as("the card acted on is still in view")
                .isEqualTo(true);
        assertThat(browser.text(By.id(last))).contains("confirmée");
        assertThat(after).isLessThan(MAX_ELEMENTS);
        assertThat(convergences.confirmed(consultation))
                .extracting(StoredConvergence::id)
                .containsExactly(id);

        browser.click(By.id("convergence-more"));
        browser.waitUntilIdle();
        assertThat(((Number) browser.script("return document.querySelectorAll('.convergence-card').length")).intValue())
                .isEqualTo(2 * fr.convergences.convergence.ui.ConvergencesView.PAGE);
        assertThat(
                        browser.script(
                                "return document.activeElement && document.activeElement.classList.contains('convergence-card')"))
                .as("reading goes on from the first new card")
                .isEqualTo(true);

        // A link to the last convergence (from its motion, a notification) draws the first page and that card, not the
        // 299 cards down to it.
        long farthest = convergences
                .list(admin, consultation, 3)
                .getLast()
                .convergence()
                .id();
        browser.open(platform.uri(page + "?convergence=" + farthest));
        assertThat(browser.find(By.id("convergence-" + farthest)).isDisplayed()).isTrue();
        assertThat(((Number) browser.script("return document.querySelectorAll('.convergence-card').length")).intValue())
                .isEqualTo(fr.convergences.convergence.ui.ConvergencesView.PAGE + 1);
    }
}
