package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What an open consultation page holds does not grow with the consultation: every element of the page is a node the
 * server keeps for as long as the page stays open in a browser (docs/BENCHMARKS.md, "Heap of one Vaadin session"), so a
 * consultation of 2,000 contributions must build the same page as one of 40. Elements are counted in the page's own
 * tree (the components' shadow trees are the browser's, not the server's); the regression this catches is a list, a
 * select or a section that lists every contribution.
 */
class ConsultationPageBoundsBrowserIT extends BrowserTest {

    private static final String ELEMENTS = "return document.querySelectorAll('#main-content *').length";

    @Test
    void a_consultation_of_two_thousand_contributions_builds_the_page_of_one_of_forty() {
        long council = new TestCouncils(platform).create().id();
        long small = consultationWith(council, 40);
        long large = consultationWith(council, 2_000);

        long smallElements = elementsOfPage(small);
        long largeElements = elementsOfPage(large);

        assertThat(browser.text(By.id("contribution-pages"))).contains("100");
        // The same page up to a few elements: the pager's wording is the same at 2 pages as at 100.
        assertThat(largeElements)
                .as("elements of the page at 2,000 contributions, against %d at 40", smallElements)
                .isBetween(smallElements - 5, smallElements + 5);
    }

    /** Opens the consultation's page, checks that it shows one page of the list, and counts its elements. */
    private long elementsOfPage(long consultation) {
        browser.open(platform.uri("/consultations/" + consultation));
        browser.find(By.id("contributions"));
        assertThat(browser.driver().findElements(By.cssSelector("#contributions > li")))
                .hasSize(ContributionQuery.PAGE_SIZE);
        return ((Number) browser.script(ELEMENTS)).longValue();
    }

    private long consultationWith(long council, int contributions) {
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Bornes", "Q ?", null, Instant.now()))
                .id();
        // In bulk, one statement: the page's bounds need more contributions than are worth submitting one by one.
        new TestSql(platform).update("""
                INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
                SELECT ?, 'NEED', 'Besoin n° ' || g, 'Un besoin de santé, le numéro ' || g, '91228', 'PUBLISHED', now(), now(), 'ONLINE'
                FROM generate_series(1, ?) g""", consultation, contributions);
        return consultation;
    }
}
