package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestSql;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 13: no broken link. A visitor's crawl of the demo platform, from the home page and the demo's contribution,
 * motion, action and indicator pages, following every same-origin link. Every address found is asked for with
 * java.net.http (a page address no route serves answers 404, see UnknownRouteIT; an error answers 500). Vaadin draws a
 * page's content only once the browser has started its UI and navigated, so the pages whose links are followed are
 * drawn in headless Chromium; the platform's not-found, refusal or error page drawn there is a broken link too.
 * Bounded so that it stays short: at most {@value #PER_ROUTE} drawn pages per route and {@value #MAX_PAGES} in all.
 */
class NoBrokenLinkIT extends BrowserTest {

    private static final int MAX_PAGES = 80;
    private static final int PER_ROUTE = 2;
    /**
     * The headings of the platform's not-found, error and refusal pages (base/ui), and of the pages that say their
     * contribution or motion is not there, as the crawler reads them.
     */
    private static final List<String> BROKEN_PAGE_TEXTS =
            List.of("Page introuvable", "Une erreur est survenue", "Contribution indisponible", "Motion introuvable");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void every_link_a_visitor_can_follow_from_the_demo_pages_leads_to_a_page() throws Exception {
        TestSql sql = new TestSql(platform);
        // The demo's convergences are computed in the background after the start: their pages are part of the crawl.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (sql.count(
                                "SELECT count(*) FROM convergence v JOIN consultation c ON c.id = v.consultation_id JOIN council k ON k.id = c.council_id "
                                        + "WHERE k.slug = 'cts-essonne' AND v.status = 'CONFIRMED'")
                        == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/contributions/"
                        + first(
                                sql,
                                "SELECT min(mc.contribution_id) FROM motion_contribution mc JOIN motion m ON m.id = mc.motion_id "
                                        + "WHERE m.kind = 'AVIS' AND m.status = 'ADOPTED'"),
                "/motions/" + first(sql, "SELECT min(id) FROM motion WHERE kind = 'AVIS' AND status = 'ADOPTED'"),
                "/actions/" + first(sql, "SELECT min(action_id) FROM project_action_link WHERE kind = 'MOTION'"),
                "/conseils/cts-essonne/indicateurs",
                "/conseils/cts-essonne/projet"));
        Map<String, String> foundOn = new LinkedHashMap<>();
        queue.forEach(start -> foundOn.put(start, "(start)"));
        Set<String> asked = new LinkedHashSet<>();
        Map<String, Integer> renderedPerRoute = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int rendered = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!asked.add(path)) {
                continue;
            }
            HttpResponse<String> answer = get(path);
            if (answer.statusCode() >= 400) {
                broken.add(path + " answers " + answer.statusCode() + " (linked from " + foundOn.get(path) + ")");
                continue;
            }
            String route = path.replaceAll("/\\d+", "/:id").replaceAll("[?#].*", "");
            if (path.startsWith("/api/")
                    || rendered >= MAX_PAGES
                    || renderedPerRoute.merge(route, 1, Integer::sum) > PER_ROUTE) {
                continue;
            }
            rendered++;
            Drawn page = draw(path);
            BROKEN_PAGE_TEXTS.stream()
                    .filter(page.text()::contains)
                    .forEach(text ->
                            broken.add(path + " shows « " + text + " » (linked from " + foundOn.get(path) + ")"));
            for (String link : links(page.hrefs())) {
                foundOn.putIfAbsent(link, path);
                if (!asked.contains(link)) {
                    queue.add(link);
                }
            }
        }

        assertThat(rendered).as("pages drawn").isGreaterThan(20);
        assertThat(asked)
                .as("the crawl reaches the convergence and indicator pages")
                .anyMatch(path -> path.startsWith("/convergences/"))
                .anyMatch(path -> path.startsWith("/conseils/cts-essonne/indicateurs"));
        assertThat(broken)
                .as("broken links among %d addresses, %d pages rendered", asked.size(), rendered)
                .isEmpty();
    }

    private static long first(TestSql sql, String query) {
        return ((Number) sql.column(query).getFirst()).longValue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        // What a browser sends when a link is followed: a page is preferred, any file accepted (PDF, CSV, iCalendar…).
        return http.send(
                HttpRequest.newBuilder(platform.uri(path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page as a visitor's browser draws it: its text, and the addresses of its links (resolved by the browser). */
    private record Drawn(String text, List<String> hrefs) {}

    @SuppressWarnings("unchecked")
    private Drawn draw(String path) {
        browser.open(platform.uri(path));
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        return new Drawn(browser.driver().findElement(By.tagName("body")).getText(), hrefs);
    }

    /** The same-origin addresses among a page's links, as paths from the site's root without their fragment. */
    private Set<String> links(List<String> hrefs) {
        Set<String> links = new LinkedHashSet<>();
        URI root = platform.uri("/");
        for (String href : hrefs) {
            URI resolved = URI.create(href.replace(" ", "%20"));
            // Other sites, mail addresses, and Vaadin's own download addresses (they belong to the browser's session).
            if (!"http".equals(resolved.getScheme())
                    || !root.getAuthority().equals(resolved.getAuthority())
                    || resolved.getRawPath().startsWith("/VAADIN/")) {
                continue;
            }
            String path = resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
            links.add(path.isEmpty() ? "/" : path);
        }
        return links;
    }
}
