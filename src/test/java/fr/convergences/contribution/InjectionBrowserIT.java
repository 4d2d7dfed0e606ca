package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.TextInput;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.InjectionPayloads;
import fr.convergences.testing.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The injection corpus rendered by a real browser: in a consultation's presentation, in contribution
 * titles and texts on every page of the list, in comments and in the official answer. No payload may
 * run (each would set window.__xss), and none may add a script or an event handler to the page.
 */
class InjectionBrowserIT extends BrowserTest {

    private static final String HOSTILE_ELEMENTS =
            "return document.querySelectorAll('#main-content script, #main-content iframe, "
                    + "#main-content object, #main-content embed, #main-content img, #main-content svg, #main-content [onerror], #main-content [onload], "
                    + "#main-content [onclick], #main-content [onmouseover], #main-content [onfocus], #main-content a[href^=\"javascript\"]').length";

    @Test
    void no_payload_runs_or_adds_markup_wherever_it_is_shown() {
        List<String> payloads = InjectionPayloads.all();
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        Actor admin = TestAccounts.actor(platform.bean(AccountRepository.class)
                .findByEmailIgnoringCase("admin@demo.convergences.fr")
                .orElseThrow());
        String presentation = String.join("\n\n", payloads);
        long consultation = platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Corpus d’injections",
                                "Question ?",
                                presentation.substring(0, Math.min(presentation.length(), 5000)),
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(5)))))
                .id();
        Actor author = TestAccounts.actor(new TestAccounts(platform).create("Auteur <b>gras</b>"));
        List<Long> contributions = new ArrayList<>();
        for (String payload : payloads) {
            if (TextInput.clean(payload).length() <= Contribution.TITLE_MAX_LENGTH) {
                contributions.add(platform.bean(ContributionService.class)
                        .submit(
                                author,
                                consultation,
                                new ContributionForm(
                                        ContributionKind.TESTIMONY,
                                        TextInput.isPlainLine(payload) ? payload : "Témoignage",
                                        payload,
                                        Set.of(),
                                        null))
                        .id());
            }
        }
        long discussed = contributions.getFirst();
        for (String payload : payloads) {
            if (TextInput.clean(payload).length() <= Comment.BODY_MAX_LENGTH) {
                platform.bean(DiscussionService.class).comment(admin, discussed, null, Stance.AGAINST, payload);
            }
        }
        platform.bean(AnswerService.class)
                .answer(admin, discussed, AnswerStatus.NOT_RETAINED, String.join(" ", payloads.subList(0, 40)));

        browser.driver().manage().deleteAllCookies();
        int pages = (contributions.size() + ContributionQuery.PAGE_SIZE - 1) / ContributionQuery.PAGE_SIZE;
        for (int page = 1; page <= pages; page++) {
            browser.open(platform.uri("/consultations/" + consultation + "?page=" + page));
            browser.find(By.id("contributions"));
            assertInert("list page " + page);
        }
        assertThat(browser.text(By.id("contributions"))).contains("<script>window.__xss=1</script>");
        browser.open(platform.uri("/contributions/" + discussed));
        browser.find(By.id("comments"));
        assertInert("contribution page with every payload as a comment and in the answer");
        assertThat(browser.text(By.id("comments"))).contains("<img src=x onerror=window.__xss=1>");
        for (long id : contributions.subList(0, 10)) {
            browser.open(platform.uri("/contributions/" + id));
            browser.find(By.id("contribution-attribution"));
            assertInert("contribution " + id);
        }
    }

    private void assertInert(String where) {
        assertThat(browser.script("return window.__xss === undefined"))
                .as("no payload ran on " + where)
                .isEqualTo(true);
        assertThat(((Number) browser.script(HOSTILE_ELEMENTS)).longValue())
                .as("no hostile element on " + where)
                .isZero();
    }
}
