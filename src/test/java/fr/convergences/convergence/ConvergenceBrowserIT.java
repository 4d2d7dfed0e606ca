package fr.convergences.convergence;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

class ConvergenceBrowserIT extends BrowserTest {

    @Test
    void a_moderator_finds_renames_and_confirms_a_convergence_and_the_public_downloads_the_synthesis()
            throws Exception {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        ConvergenceFixture fixture = new ConvergenceFixture(platform, council);
        SignIn.andOpen(
                browser,
                platform,
                "moderation@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/consultations/" + fixture.consultation + "/convergences");
        assertThat(browser.text(By.id("main-content"))).contains("Aucune convergence pour le moment");
        browser.click(By.id("convergence-compute"));
        browser.find(By.id("convergences"));
        browser.waitUntilIdle();
        assertAccessible(browser, "proposed convergences with the curation tools");
        String card = "//div[contains(@class,'convergence-card')][.//a[normalize-space()='"
                + ConvergenceFixture.DOCTORS.getFirst() + "']]";
        String id = browser.find(By.xpath(card)).getAttribute("id").replace("convergence-", "");
        browser.find(By.cssSelector("#convergence-label-" + id + " input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Des généralistes partout");
        browser.click(By.id("convergence-rename-" + id));
        browser.waitForText(By.id("convergence-" + id), "Des généralistes partout");
        browser.click(By.id("convergence-confirm-" + id));
        browser.waitForText(By.id("convergence-" + id), "confirmée");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/contributions/" + fixture.doctors.get(1)));
        assertThat(browser.text(By.id("contribution-convergence"))).contains("Des généralistes partout");
        // The contribution links its convergence's own page, which links back to the consultation's list of them.
        browser.click(By.cssSelector("#contribution-convergence a"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Des généralistes partout");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/convergences/" + id);
        browser.click(By.id("convergence-all"));
        browser.waitForText(By.id("convergences"), "Des généralistes partout");
        assertThat(browser.text(By.id("convergences"))).doesNotContain("proposée, à vérifier");
        assertAccessible(browser, "public convergences");
        String markdownUrl = browser.find(By.id("synthesis-markdown")).getAttribute("href");
        String markdown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(markdownUrl)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(markdown).contains("### Des généralistes partout");
    }
}
