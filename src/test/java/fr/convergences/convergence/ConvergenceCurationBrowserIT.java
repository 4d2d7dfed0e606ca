package fr.convergences.convergence;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The lifecycle seen in a browser: hiding a contribution takes it out of the public convergence and synthesis; merge and undo. */
class ConvergenceCurationBrowserIT extends BrowserTest {

    private static final String MODERATOR = "moderation@demo.convergences.fr";
    private static final String PASSWORD = "Demo-Convergences-2026";

    private ConvergenceFixture fixture() {
        return new ConvergenceFixture(
                platform,
                platform.bean(CouncilRepository.class)
                        .findBySlug("cts-essonne")
                        .orElseThrow()
                        .id());
    }

    private ConvergenceService.ConvergenceView holding(ConvergenceFixture fixture, long member) {
        return platform.bean(ConvergenceService.class).list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == member))
                .findFirst()
                .orElseThrow();
    }

    private String markdown() throws Exception {
        String url = browser.find(By.id("synthesis-markdown")).getAttribute("href");
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void a_hidden_contribution_disappears_from_the_public_convergence_the_synthesis_and_their_counts()
            throws Exception {
        ConvergenceFixture fixture = fixture();
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        ConvergenceService.ConvergenceView doctors = holding(fixture, fixture.doctors.getFirst());
        long id = doctors.convergence().id();
        convergences.rename(fixture.moderator, id, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, id);
        int voices = doctors.voices().distinct();
        long hidden = doctors.quotes().getFirst().contributionId();
        String text = doctors.quotes().getFirst().body();
        String page = "/consultations/" + fixture.consultation + "/convergences";

        browser.open(platform.uri(page));
        assertThat(browser.text(By.id("convergence-" + id)))
                .contains(voices + " voix distinctes", text)
                .as("technical figures are for moderators")
                .doesNotContain("Cohésion", "organisations", "Mots clés");
        assertThat(markdown()).contains(voices + " voix distinctes", text);

        SignIn.andOpen(browser, platform, MODERATOR, PASSWORD, "/contributions/" + hidden);
        browser.find(By.cssSelector("#moderation-reason input")).sendKeys("Propos contraires à la charte");
        browser.click(By.id("moderation-hide"));
        browser.find(By.id("hidden-notice"));

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri(page));
        assertThat(browser.text(By.id("convergence-" + id)))
                .contains((voices - 1) + " voix distinctes")
                .doesNotContain(text);
        assertThat(markdown()).contains((voices - 1) + " voix distinctes").doesNotContain(text);
        assertAccessible(browser, "public convergences after a hidden contribution");
    }

    @Test
    void a_moderator_merges_a_group_into_a_confirmed_one_in_place_and_undoes_it() {
        ConvergenceFixture fixture = fixture();
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors =
                holding(fixture, fixture.doctors.getFirst()).convergence().id();
        long elderly =
                holding(fixture, fixture.elderly.getFirst()).convergence().id();
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
        convergences.rename(fixture.moderator, elderly, "Des soignants en EHPAD");

        SignIn.andOpen(
                browser, platform, MODERATOR, PASSWORD, "/consultations/" + fixture.consultation + "/convergences");
        browser.script("window.notReloaded = true");
        org.openqa.selenium.WebElement target =
                browser.find(By.cssSelector("#convergence-merge-target-" + elderly + " input"));
        target.sendKeys("Des médecins près");
        browser.waitForComboBoxOptions("convergence-merge-target-" + elderly);
        target.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        browser.waitUntilIdle();
        browser.click(By.id("convergence-merge-" + elderly));

        browser.waitForText(
                By.id("convergence-notice-text"),
                "« Des soignants en EHPAD » a rejoint « Des médecins près de chez soi »");
        browser.waitForAbsence(By.id("convergence-" + elderly));
        assertThat(browser.text(By.id("convergence-" + doctors)))
                .contains("Des médecins près de chez soi", "confirmée");
        // Its members are listed in a closed "Les N contributions" section: present, if not shown until opened.
        assertThat(browser.driver()
                        .findElements(By.xpath("//div[@id='convergence-" + doctors + "']//a[normalize-space()='"
                                + ConvergenceFixture.ELDERLY.getFirst() + "']")))
                .hasSize(1);
        assertThat(browser.script("return window.notReloaded === true"))
                .as("the page was updated in place")
                .isEqualTo(true);
        assertAccessible(browser, "a merge's message with its undo action");

        browser.click(By.id("convergence-undo"));

        browser.waitForText(By.id("convergence-notice-text"), "Annulé");
        String card = "//div[contains(@class,'convergence-card')][.//a[normalize-space()='"
                + ConvergenceFixture.ELDERLY.getFirst() + "']]";
        assertThat(browser.text(By.xpath(card))).contains("Des soignants en EHPAD", "proposée, à vérifier");
        assertThat(browser.text(By.id("convergence-" + doctors))).doesNotContain(ConvergenceFixture.ELDERLY.getFirst());
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .extracting(view -> view.convergence().id())
                .containsExactly(doctors);
    }

    @Test
    void a_paper_contribution_typed_in_after_clustering_is_offered_to_its_convergence_and_accepted() {
        ConvergenceFixture fixture = fixture();
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors =
                holding(fixture, fixture.doctors.getFirst()).convergence().id();
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
        String text = "Il faut plus de médecins généralistes dans nos déserts médicaux";
        long paper = SuggestionIT.typeInPaperForm(platform, fixture, text);
        platform.bean(SuggestionService.class).examineArrivals();

        SignIn.andOpen(
                browser, platform, MODERATOR, PASSWORD, "/consultations/" + fixture.consultation + "/convergences");
        assertThat(browser.text(By.id("suggestion-" + paper)))
                .contains(text, "Proposée pour « Des médecins près de chez soi »");
        assertAccessible(browser, "a new contribution offered to a confirmed convergence");
        browser.click(By.id("suggestion-accept-" + paper));

        browser.waitForText(
                By.id("convergence-notice-text"), "fait désormais partie de « Des médecins près de chez soi »");
        browser.waitForAbsence(By.id("suggestion-" + paper));
        assertThat(browser.text(By.id("convergence-" + doctors))).contains(text);

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/consultations/" + fixture.consultation + "/convergences"));
        assertThat(browser.driver()
                        .findElement(By.xpath(
                                "//div[@id='convergence-" + doctors + "']//a[normalize-space()='" + text + "']"))
                        .getAttribute("href"))
                .endsWith("/contributions/" + paper);
    }

    @Test
    void a_moderator_merges_a_probable_duplicate_into_one_voice_in_place_and_undoes_it() {
        ConvergenceFixture fixture = fixture();
        String copy = ConvergenceFixture.DOCTORS.getFirst();
        long again = platform.bean(fr.convergences.contribution.ContributionService.class)
                .submit(
                        fr.convergences.testing.TestAccounts.actor(
                                new fr.convergences.testing.TestAccounts(platform).create("Conjoint")),
                        fixture.consultation,
                        new fr.convergences.contribution.ContributionForm(
                                fr.convergences.contribution.ContributionKind.NEED,
                                copy,
                                copy,
                                java.util.Set.of(),
                                "91228"))
                .id();
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        ConvergenceService.ConvergenceView doctors = holding(fixture, again);
        long id = doctors.convergence().id();
        int voices = doctors.voices().distinct();
        long original = fixture.doctors.getFirst();

        SignIn.andOpen(
                browser, platform, MODERATOR, PASSWORD, "/consultations/" + fixture.consultation + "/convergences");
        browser.script("window.notReloaded = true");
        assertThat(browser.text(By.id("convergence-" + id))).contains("Doublon probable", voices + " voix distinctes");
        browser.click(By.id("duplicate-merge-" + original + "-" + again));

        browser.waitForText(By.id("convergence-notice-text"), "comptent désormais pour une seule voix");
        assertThat(browser.text(By.id("convergence-" + id)))
                .contains("Doublon fusionné", (voices - 1) + " voix distinctes")
                .doesNotContain("Doublon probable");
        assertThat(browser.script("return window.notReloaded === true"))
                .as("the page was updated in place")
                .isEqualTo(true);
        assertAccessible(browser, "a merged duplicate with its undo action");

        browser.click(By.id("convergence-undo"));

        browser.waitForText(By.id("convergence-notice-text"), "Annulé");
        assertThat(browser.text(By.id("convergence-" + id)))
                .contains("Doublon probable", voices + " voix distinctes")
                .doesNotContain("Doublon fusionné");
        assertThat(holding(fixture, again).voices().distinct()).isEqualTo(voices);
    }
}
