package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.convergence.ConvergenceFixture;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestCouncils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * No broken link on a motion's page: every anchor of the platform's own address is served by a route (the not-found
 * view answers 404), and an anchor to a part of a page (a convergence's card) finds that part there.
 */
class MotionLinksBrowserIT extends BrowserTest {

    @Test
    void every_anchor_of_a_motion_page_is_served_by_a_route_and_its_fragment_exists() throws Exception {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.admin, fixture.consultation);
        StoredConvergence convergence = convergences
                .list(fixture.admin, fixture.consultation, 0)
                .getFirst()
                .convergence();
        convergences.confirm(fixture.moderator, convergence.id());
        MotionService motions = platform.bean(MotionService.class);
        Motion motion = motions.publish(
                fixture.admin,
                motions.draft(
                                fixture.admin,
                                fixture.council,
                                new MotionForm(
                                        fixture.consultation,
                                        MotionKind.AVIS,
                                        "Avis sur les médecins traitants",
                                        "Le conseil demande…",
                                        "Des habitants le disent.",
                                        List.of(),
                                        List.of(),
                                        Set.of(fixture.doctors.getFirst()),
                                        Set.of(convergence.id())))
                        .id());

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/motions/" + motion.id()));
        browser.waitForText(By.id("motion-convergences"), convergence.label());
        String origin = platform.uri("/").toString();
        Set<String> hrefs = new LinkedHashSet<>();
        for (WebElement anchor : browser.driver().findElements(By.cssSelector("a[href]"))) {
            String href = anchor.getAttribute("href");
            if (href != null && href.startsWith(origin)) {
                hrefs.add(href);
            }
        }
        assertThat(hrefs)
                .as("the page links its convergence and its contribution")
                .anyMatch(href -> href.endsWith("/convergences/" + convergence.id()))
                .anyMatch(href -> href.endsWith("/contributions/" + fixture.doctors.getFirst()));

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        for (String href : hrefs) {
            URI uri = URI.create(href);
            URI page = new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
            HttpResponse<Void> response =
                    http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as("%s is served", href).isLessThan(400);
        }
        for (String href : hrefs.stream().filter(href -> href.contains("#")).toList()) {
            String fragment = href.substring(href.indexOf('#') + 1);
            browser.open(URI.create(href));
            browser.find(By.id(fragment));
        }
    }
}
