package fr.convergences.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A browser test: the shared platform, and one headless Chromium for the test class. Tagged {@code browser} (the tag
 * is inherited) so that the quick loop, {@code -Pquick}, can leave browser classes out.
 */
@Tag("browser")
public abstract class BrowserTest {

    protected static TestPlatform platform;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        platform = TestPlatform.shared();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
