package fr.convergences.debate;

import fr.convergences.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Drives a page from the keyboard alone, as someone who uses no mouse: Tab to move, typing, Space and Enter. */
final class Keyboard {

    private static final int MAX_TABS = 120;

    private Keyboard() {}

    /** Presses Tab until the focus is on the element (or inside it); fails if it never gets there. */
    static void tabTo(Browser browser, By target) {
        WebElement element = browser.find(target);
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedIn(browser, element)) {
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target + " (focus on "
                + ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "const a = document.activeElement; return a.tagName + '#' + a.id + ' ' + (a.closest('[id]') || {}).id")
                + ")");
    }

    static boolean focusedIn(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return arguments[0] === document.activeElement || arguments[0].contains(document.activeElement);",
                        element));
    }

    static void type(Browser browser, CharSequence... keys) {
        press(browser, keys);
    }

    /** Replaces the text of the focused field: Ctrl+A, then the new text. */
    static void replace(Browser browser, String text) {
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE)
                .perform();
        if (!text.isEmpty()) {
            press(browser, text);
        }
    }

    static void press(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
