package fr.convergences.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs axe-core (the copy packaged in Deque's Maven artifact, so nothing is fetched) on the page
 * as it is now, and fails on any violation of the WCAG 2.0/2.1 level A and AA rules.
 */
public final class AccessibilityCheck {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityCheck() {
    }

    public static void assertAccessible(Browser browser, String state) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
        if (results.isErrored()) {
            fail("axe-core could not analyse " + state + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + state + " (" + browser.driver().getCurrentUrl() + "):\n"
                    + violations.stream().map(AccessibilityCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining("\n    "));
    }
}
