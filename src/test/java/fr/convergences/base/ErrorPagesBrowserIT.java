package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.convergences.testing.AccessibilityCheck;
import fr.convergences.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;

/**
 * Security finding 9: a non-numeric id or an unknown council in an address wrote an ERROR with its stack trace at
 * each request, so anyone could flood the logs. Now they are the ordinary "page not found", under the platform's
 * Content-Security-Policy. An unknown id also answers 404 before the page is drawn (UnknownIdIT); the page drawn under
 * that status is still the platform's, inside its main region, and accessible.
 */
class ErrorPagesBrowserIT extends BrowserTest {

    @Test
    void a_non_numeric_id_or_an_unknown_council_is_a_page_not_found_that_logs_no_error() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            for (String path : new String[] {
                "/motions/abc",
                "/seances/1e9",
                "/contributions/abc",
                "/conseils/inconnu/composition",
                "/conseils/inconnu/decisions",
                "/consultations/999999",
                "/contributions/999999"
            }) {
                browser.open(platform.uri(path));
                assertThat(browser.text(By.cssSelector("#main-content h1")))
                        .as(path)
                        .isEqualTo("Page introuvable");
            }
            AccessibilityCheck.assertAccessible(browser, "the not-found page of an unknown contribution");
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }
}
