package fr.convergences.base;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test relies on can fail: with axe run as cheaply as it is (in the page,
 * violations only), an image with no text alternative and a button with no name, put on a real page, are reported by
 * rule; the same page without them passes.
 */
class AccessibilityCheckBrowserIT extends BrowserTest {

    @Test
    void the_check_reports_an_image_with_no_alternative_and_a_button_with_no_name_and_passes_once_they_are_gone() {
        browser.open(platform.uri("/"));
        assertAccessible(browser, "the home page");

        browser.script("""
                const flaw = document.createElement('div');
                flaw.id = 'planted-flaws';
                flaw.innerHTML = '<img id="planted-image" src="/nothing.png"><button id="planted-button"></button>';
                document.getElementById('main-content').append(flaw);""");
        assertThatThrownBy(() -> assertAccessible(browser, "the home page with two planted flaws"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("button-name")
                .hasMessageContaining("#planted-image")
                .hasMessageContaining("#planted-button");

        browser.script("document.getElementById('planted-flaws').remove();");
        assertAccessible(browser, "the home page once the flaws are removed");
    }
}
