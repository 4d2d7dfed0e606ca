package fr.convergences.debate;

import fr.convergences.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;

/** Downloads a link's target from inside the page (with the page's session), as text: what a click on a download link would save. */
final class BrowserFetch {

    private BrowserFetch() {}

    static String text(Browser browser, String url) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));""", url);
    }
}
