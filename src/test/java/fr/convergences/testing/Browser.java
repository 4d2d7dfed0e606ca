package fr.convergences.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: never a downloaded browser (the
 * explicit driver path keeps Selenium Manager from fetching one). Every page a test visits can be
 * checked with {@link AccessibilityCheck}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /**
     * How often a wait looks again. Selenium's default, 500 ms, made every wait that was not met at once cost half a
     * second, thousands of times over the suite; a look is one small script, so looking ten times as often is cheap.
     */
    public static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        this(new String[0]);
    }

    /** A browser with more Chromium switches, such as {@code --host-resolver-rules} to reach the platform under another host name. */
    public Browser(String... extraArguments) {
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The machine's network is closed: background services would only fail, many at a time.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--lang=fr-FR",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page and waits until Vaadin has rendered it and has no request in flight. */
    public Browser open(URI uri) {
        driver.get(uri.toString());
        return waitUntilIdle();
    }

    public Browser waitUntilIdle() {
        // A page load that a click started can abort the script ("aborted by navigation"): look again on the new page.
        new WebDriverWait(driver, TIMEOUT, POLL)
                .until(d -> lookingAgainIfDetached(
                        () -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                                        + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                                                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")),
                        false));
        return this;
    }

    public WebElement find(By by) {
        try {
            return new WebDriverWait(driver, TIMEOUT, POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> lookingAgainIfDetached(
                            () -> ExpectedConditions.visibilityOfElementLocated(by)
                                    .apply(d),
                            null));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
    }

    /**
     * The visible text of an element, looked up again if Vaadin re-renders it while it is read (a stale
     * element, or Chrome's "node does not belong to the document").
     */
    public String text(By by) {
        try {
            return new WebDriverWait(driver, TIMEOUT, POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> {
                        find(by);
                        return d.findElement(by).getText();
                    });
        } catch (TimeoutException e) {
            throw evidence(e);
        }
    }

    /** Saves a screenshot and the page source under target/screenshots, so that a failure on CI can be seen. */
    private RuntimeException evidence(RuntimeException failure) {
        try {
            Path folder = TestPlatform.buildDirectory().resolve("screenshots");
            Files.createDirectories(folder);
            String name = "failure-" + System.currentTimeMillis();
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
            failure.addSuppressed(new IllegalStateException("Screenshot: " + folder.resolve(name + ".png")));
        } catch (IOException | RuntimeException ignored) {
            // the evidence is a courtesy; the failure itself is what matters
        }
        return failure;
    }

    /**
     * Clicks, scrolling the element to the middle of the window first so that nothing sticky covers it.
     * The element is looked up again on each try: Vaadin may re-render it between lookup and click.
     */
    public Browser click(By by) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class)
                    .ignoring(ElementNotInteractableException.class)
                    .until(d -> {
                        WebElement element = d.findElement(by);
                        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                        element.click();
                        return true;
                    });
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return this;
    }

    /**
     * Vaadin replaced or removed the element between finding it and asking whether it shows: Chromium says so in its own
     * words ("does not belong to the document") rather than as a stale reference. Answer "not yet" and look again.
     */
    private static <T> T lookingAgainIfDetached(java.util.function.Supplier<T> condition, T notYet) {
        try {
            return condition.get();
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            // A find racing a page load that a click started (sign-in, a form's redirect) is aborted rather than
            // answered; the next poll asks the new page.
            if (message.contains("does not belong to the document") || message.contains("aborted by navigation")) {
                return notYet;
            }
            throw e;
        }
    }

    /** Waits until the browser shows this address, for example after a redirect that a click started. */
    public Browser waitForUrl(URI uri) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL).until(ExpectedConditions.urlToBe(uri.toString()));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return this;
    }

    /** Waits until the browser's address contains this fragment, for example after a link's navigation. */
    public Browser waitForUrlContaining(String fragment) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL).until(ExpectedConditions.urlContains(fragment));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return this;
    }

    /** Waits until no visible element matches, for example after a page reload removed it. */
    public Browser waitForAbsence(By by) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL)
                    .until(d -> lookingAgainIfDetached(
                            () -> ExpectedConditions.invisibilityOfElementLocated(by)
                                    .apply(d),
                            false));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return this;
    }

    /** Waits for the text, through re-renders and a page reload that a click started ("aborted by navigation"). */
    public Browser waitForText(By by, String text) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return this;
    }

    /**
     * Waits until a (multi-select) combo box has fetched the options matching what was typed: its items come from the
     * server after a debounce, so "no request in flight" alone can be checked before the fetch has even started.
     */
    public Browser waitForComboBoxOptions(String id) {
        try {
            new WebDriverWait(driver, TIMEOUT, POLL)
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript(
                                    "const box = document.getElementById(arguments[0]);"
                                            + " return !!box && !box.loading && Array.isArray(box.filteredItems) && box.filteredItems.length > 0"
                                            + " && box.filteredItems.every(item => item && !(item instanceof Object && item.constructor && item.constructor.name === 'ComboBoxPlaceholder'));",
                                    id)));
        } catch (TimeoutException e) {
            throw evidence(e);
        }
        return waitUntilIdle();
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
