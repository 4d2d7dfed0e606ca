package fr.convergences.search;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class SearchBrowserIT extends BrowserTest {

    private static SearchFixture fixture;
    private static long scripted;

    @BeforeAll
    static void contributions() {
        fixture = new SearchFixture(platform);
        fixture.contribution("Pas d’ophtalmologiste à Arpajon", "Neuf mois d’attente pour un ophtalmologiste.")
                .kind("NEED")
                .save();
        fixture.contribution("Ophtalmologiste en centre de santé", "Un ophtalmologiste salarié au centre de santé.")
                .kind("PROPOSAL")
                .save();
        scripted = fixture.contribution(
                        "<script>window.injected = true</script> Ophtalmologiste",
                        "<img src=x onerror=\"window.injected = true\"> Les enfants attendent un ophtalmologiste.")
                .kind("NEED")
                .save();
        fixture.awaitIndexed();
    }

    private void openSearch(String words) {
        browser.open(platform.uri("/recherche?conseil=" + fixture.council.slug() + "&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8)));
    }

    @Test
    void a_resident_searches_ticks_a_facet_and_sees_highlighted_passages() {
        openSearch("ophtalmologiste");
        browser.waitForText(By.id("search-count"), "3 résultats");
        assertAccessible(browser, "search results");

        browser.click(
                By.xpath("//vaadin-checkbox-group[@id='facet-KIND']//vaadin-checkbox[contains(., 'Besoin (2)')]"));
        browser.waitForText(By.id("search-count"), "2 résultats").waitUntilIdle();
        assertThat(browser.text(By.id("facet-KIND"))).contains("Proposition (1)");
        WebElement mark = browser.find(By.cssSelector("#search-results .search-excerpt mark"));
        assertThat(mark.getText()).isEqualToIgnoringCase("ophtalmologiste");
        assertThat(browser.driver().getCurrentUrl()).contains("q=ophtalmologiste");
        assertAccessible(browser, "search results with a facet ticked");
    }

    @Test
    void markup_in_a_contribution_is_shown_as_text_and_never_runs() {
        openSearch("ophtalmologiste");
        browser.waitForText(By.id("search-count"), "3 résultats");
        WebElement result = browser.find(By.id("result-" + scripted));
        assertThat(result.getText())
                .contains("<script>window.injected = true</script>")
                .contains("<img src=x onerror=");
        assertThat(result.findElements(By.tagName("script"))).isEmpty();
        assertThat(result.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);
    }

    @Test
    void bad_or_empty_queries_get_a_clear_message() {
        openSearch("");
        browser.waitForText(By.id("search-notice"), "les plus récentes");
        assertThat(browser.text(By.id("search-count"))).isEqualTo("3 résultats");

        WebElement input = browser.find(By.cssSelector("#search-words input"));
        input.sendKeys("\"(( le de *", Keys.ENTER);
        browser.waitForText(By.id("search-notice"), "mots trop courants").waitUntilIdle();
        assertAccessible(browser, "search with only stop words");

        input.clear();
        input.sendKeys("zq".repeat(150), Keys.ENTER);
        browser.waitForText(By.id("search-notice"), "200 premiers caractères").waitUntilIdle();
        assertThat(browser.text(By.id("search-empty"))).contains("Aucune contribution ne correspond");
        assertAccessible(browser, "search with no result");
    }

    @Test
    void on_a_phone_the_facets_fold_behind_a_button_the_first_result_shows_and_a_misspelling_gets_a_suggestion() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            openSearch("ophtalmologiste");
            browser.waitForText(By.id("search-count"), "3 résultats");
            assertThat(browser.driver()
                            .findElement(By.id("search-facet-groups"))
                            .isDisplayed())
                    .as("facets folded")
                    .isFalse();
            assertThat(browser.find(By.id("search-filters-toggle")).getDomAttribute("aria-expanded"))
                    .isEqualTo("false");
            double height = ((Number) browser.script("return window.innerHeight")).doubleValue();
            assertThat(browser.driver().findElement(By.id("search-options")).isDisplayed())
                    .as("options folded")
                    .isFalse();
            @SuppressWarnings("unchecked")
            List<Number> first = (List<Number>)
                    browser.script(
                            "const r = document.querySelector('#search-results .card h3').getBoundingClientRect(); return [r.top, r.bottom];");
            assertThat(first.get(1).doubleValue())
                    .as("the first result's title above the fold of a 390 × 844 window")
                    .isLessThan(height);
            assertThat(((Number)
                                    browser.script(
                                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .intValue())
                    .as("no sideways scrolling")
                    .isLessThanOrEqualTo(0);
            assertAccessible(browser, "search on a phone, facets folded");

            browser.click(By.id("search-filters-toggle"));
            browser.click(
                    By.xpath("//vaadin-checkbox-group[@id='facet-KIND']//vaadin-checkbox[contains(., 'Besoin (2)')]"));
            browser.waitForText(By.id("search-count"), "2 résultats").waitUntilIdle();
            assertThat(browser.find(By.id("search-facet-groups")).isDisplayed())
                    .as("unfolded facets stay open while ticking")
                    .isTrue();
            assertThat(browser.find(By.id("search-sort")).isDisplayed())
                    .as("the options unfold with the facets")
                    .isTrue();
            assertThat(browser.find(By.id("search-filters-toggle")).getDomAttribute("aria-expanded"))
                    .isEqualTo("true");
            assertAccessible(browser, "search on a phone, facets unfolded");

            openSearch("ophtalmolgiste");
            browser.waitForText(By.id("search-spelling"), "Vouliez-vous dire").waitUntilIdle();
            browser.click(By.id("search-spelling-suggestion"));
            browser.waitForText(By.id("search-count"), "3 résultats").waitUntilIdle();
            assertThat(browser.find(By.cssSelector("#search-words input")).getDomProperty("value"))
                    .isEqualTo("ophtalmologiste");

            openSearch("ophtalmologiste Arpajon Corbeil");
            browser.waitForText(By.id("search-notice"), "au moins un").waitUntilIdle();
            assertThat(browser.text(By.id("search-count"))).isEqualTo("3 résultats");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        openSearch("ophtalmologiste");
        browser.waitForText(By.id("search-count"), "3 résultats");
        assertThat(browser.find(By.id("search-facet-groups")).isDisplayed())
                .as("facets beside the results on a wide screen")
                .isTrue();
        assertThat(browser.driver().findElement(By.id("search-filters-toggle")).isDisplayed())
                .isFalse();
    }

    @Test
    void the_platform_admin_rebuilds_the_index_and_follows_its_progress() {
        SignIn.as(browser, platform, "plateforme@demo.convergences.fr", "Demo-Convergences-2026");
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space()='Recherche (administration)']"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Index de recherche")
                .waitUntilIdle();
        assertAccessible(browser, "search index administration");

        browser.click(By.id("search-rebuild"));
        browser.waitForText(By.id("search-rebuild-status"), "Reconstruction terminée")
                .waitUntilIdle();
        assertThat(browser.find(By.id("search-rebuild-progress")).getDomProperty("value"))
                .isEqualTo("1");
        assertThat(browser.text(By.id("search-admin-message"))).contains("L’index a été reconstruit");
        assertAccessible(browser, "search index rebuilt");

        openSearch("ophtalmologiste");
        browser.waitForText(By.id("search-count"), "3 résultats");
    }
}
