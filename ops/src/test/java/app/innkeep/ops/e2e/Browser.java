package app.innkeep.ops.e2e;

import app.innkeep.ops.run.AppProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the end-to-end tests, driven by Selenium through the Debian packages' {@code
 * /usr/bin/chromedriver} and {@code /usr/bin/chromium} (Selenium Manager never runs: both paths are given, so nothing
 * is downloaded). Each browser gets a fresh profile and download folder, a 1366x768 window, no implicit waits and a
 * 30 s page-load timeout.
 *
 * <p>Tests find form fields by their {@code <label>} text, never by name or id: a field without a label fails the
 * test, which is an accessibility check for free. Screenshots go to {@code ops/target/screenshots/<TestClass>/}, numbered
 * in the order taken. Files the page downloads (PDFs with {@code Content-Disposition: attachment}) land in the
 * browser's own temporary folder and are read back with {@link #awaitDownload}.
 *
 * <p>Without Chromium the tests are skipped with a message, except with {@code CI=true}, where they fail: CI installs it
 * ({@code .ci/run}) and a browser test that silently does not run proves nothing.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    static final Duration PAGE_CHANGE_TIMEOUT = Duration.ofSeconds(20);

    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium's CDP version. The harness uses
     * only raw {@code executeCdpCommand}, which chromedriver forwards whatever the version, so the warning is noise.
     * Held here so the logger (and its level) is not garbage-collected.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path downloads;
    private final Path screenshots;
    private int screenshotCount;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, Path downloads, Path screenshots) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /**
     * Skips the calling test when Chromium or its driver is missing, unless {@code CI=true}, where that fails it.
     * {@link #start} calls it; call it yourself in a {@code @BeforeAll} before starting anything slow.
     */
    static void assumeChromium() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser test needs " + String.join(" and ", missing)
                + " (Debian packages chromium and chromium-driver: apt-get install -y chromium chromium-driver;"
                + " .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true, so browser tests must run, but " + message);
        }
        // A skipped @BeforeAll shows in Maven's summary as "Tests run: 0" with no reason; say it here.
        System.err.println("SKIPPED browser tests: " + message);
        Assumptions.assumeTrue(false, "Skipped: " + message);
    }

    /** Starts chromedriver and a headless Chromium; screenshots go under the given test class's name. */
    static Browser start(Class<?> testClass) {
        assumeChromium();
        try {
            Path root = Path.of("..").toAbsolutePath().normalize();
            Path screenshots = Files.createDirectories(
                    root.resolve("ops/target/screenshots").resolve(testClass.getSimpleName()));
            try (Stream<Path> old = Files.list(screenshots)) {
                for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.delete(png);
                }
            }
            Path logs = Files.createDirectories(root.resolve("ops/target/e2e-logs"));
            Path profile = Files.createTempDirectory("innkeep-chromium-profile-");
            Path downloads = Files.createTempDirectory("innkeep-chromium-downloads-");

            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + WIDTH + "," + HEIGHT,
                    "--lang=en-US",
                    "--user-data-dir=" + profile);
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("download.directory_upgrade", true);
            // A PDF served inline would open in the viewer; the tests want the file.
            prefs.put("plugins.always_open_pdf_externally", true);
            prefs.put("credentials_enable_service", false);
            prefs.put("profile.password_manager_enabled", false);
            options.setExperimentalOption("prefs", prefs);

            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(logs.resolve("chromedriver-" + testClass.getSimpleName() + "-"
                                    + System.currentTimeMillis() + ".log")
                            .toFile())
                    .build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                service.stop();
                deleteTree(profile);
                deleteTree(downloads);
                throw e;
            }
            Browser browser = new Browser(driver, service, profile, downloads, screenshots);
            browser.configure();
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void configure() {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
        // Headless Chromium ignores the download prefs in some versions; the DevTools command is what it obeys.
        Map<String, Object> allow = Map.of("behavior", "allow", "downloadPath", downloads.toString());
        try {
            driver.executeCdpCommand("Browser.setDownloadBehavior", allow);
        } catch (WebDriverException browserLevelRefused) {
            driver.executeCdpCommand("Page.setDownloadBehavior", allow);
        }
        // Before any of the page's own parsing: every Content-Security-Policy violation of the page is kept for
        // cspViolations() (DevTools' scripts are not subject to the page's policy, so this runs under script-src
        // 'self').
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__innkeepCsp = [];
                document.addEventListener('securitypolicyviolation', e => window.__innkeepCsp.push(
                    e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '')
                    + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : '')));
                """));
    }

    /**
     * The Content-Security-Policy violations of the page shown now (an inline style or script, a foreign stylesheet),
     * as "directive refused what at where"; empty when the page keeps to its policy.
     */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object found = js("return window.__innkeepCsp || ['the CSP recorder did not run on this page'];");
        return ((List<Object>) found).stream().map(String::valueOf).toList();
    }

    /** The Selenium driver, for what the helpers do not cover. */
    ChromeDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
    }

    void open(URI base, String path) {
        open(base.resolve(path));
    }

    URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's visible text, as a user reads it. */
    String text() {
        // A click that submits a form (or a script that reloads) may swap the document between finding <body> and
        // reading it; the text asked for is the page's as it now stands, so read it again from the new document.
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(org.openqa.selenium.By.tagName("body"))
                        .getText();
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                if (attempt == 5) {
                    throw swapped;
                }
            }
        }
    }

    /** Waits until the page's visible text contains {@code expected} (after a submit, a script, a redirect). */
    void awaitText(String expected, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> text().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "page " + driver.getCurrentUrl() + " did not show \"" + expected + "\" within " + timeout
                            + "; it shows:\n" + text(),
                    e);
        }
    }

    /** Waits until the browser is at a URL whose path is {@code path}. */
    void awaitPath(String path, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout)
                    .until(d -> path.equals(currentUri().getPath()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("browser stayed at " + driver.getCurrentUrl() + ", not " + path, e);
        }
    }

    /**
     * The one form control whose {@code <label>} reads {@code labelText} (whitespace collapsed; the text of controls
     * inside the label does not count). Works for {@code <label for=...>} and for a control nested in its label.
     * Fails, naming the labels the page has, when there is none or more than one.
     */
    WebElement byLabel(String labelText) {
        return byLabelIn(null, labelText);
    }

    private WebElement byLabelIn(WebElement root, String labelText) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) js("""
                const want = arguments[0].replace(/\\s+/g, ' ').trim();
                const root = arguments[1] || document;
                const hits = [], seen = [];
                for (const label of root.querySelectorAll('label')) {
                  const copy = label.cloneNode(true);
                  copy.querySelectorAll('input,select,textarea,button,output,meter,progress').forEach(e => e.remove());
                  const text = copy.textContent.replace(/\\s+/g, ' ').trim();
                  seen.push(text + (label.control ? '' : ' (labels no control)'));
                  if (text === want && label.control) hits.push(label.control);
                }
                return [hits, seen];
                """, labelText, root);
        List<?> hits = (List<?>) found.get(0);
        if (hits.size() != 1) {
            throw new AssertionError((hits.isEmpty() ? "no" : hits.size()) + " form controls labelled \"" + labelText
                    + "\" on " + driver.getCurrentUrl() + (root == null ? "" : " in " + describeForm(root))
                    + "; labels there: " + found.get(1));
        }
        return (WebElement) hits.get(0);
    }

    /** Types {@code value} into the field labelled {@code labelText}, replacing what it held. */
    void fillByLabel(String labelText, String value) {
        WebElement field = byLabel(labelText);
        field.clear();
        field.sendKeys(value);
    }

    /** Picks the option showing {@code optionText} in the {@code <select>} labelled {@code labelText}. */
    void selectByLabel(String labelText, String optionText) {
        new Select(byLabel(labelText)).selectByVisibleText(optionText);
    }

    /** Fills the login form on the page shown and sends it. */
    void logIn(String username, String password) {
        fillByLabel("Username", username);
        fillByLabel("Password", password);
        submit(() -> clickButton("Log in"));
    }

    /**
     * Does something that loads a new page (a click on a submit button or a link) and waits until the old page is gone
     * and the new one has loaded, so the next look is at the answer, not at the form that was sent.
     */
    void submit(Runnable action) {
        WebElement old = driver.findElement(org.openqa.selenium.By.tagName("html"));
        action.run();
        new WebDriverWait(driver, PAGE_CHANGE_TIMEOUT).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or (while the old document is torn down) "node does not belong to the document"
                return true;
            }
        });
        new WebDriverWait(driver, PAGE_CHANGE_TIMEOUT).until(d -> "complete".equals(js("return document.readyState;")));
    }

    /** Clicks the one visible button (or submit/button input) that reads {@code text}. */
    void clickButton(String text) {
        clickOne("button, input[type=submit], input[type=button], input[type=reset], [role=button]", text, "button");
    }

    /** Clicks the one visible link that reads {@code text}. */
    void clickLink(String text) {
        clickOne("a[href]", text, "link");
    }

    private void clickOne(String selector, String text, String what) {
        clickOneIn(null, selector, text, what);
    }

    private void clickOneIn(WebElement root, String selector, String text, String what) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) js("""
                const want = arguments[1].replace(/\\s+/g, ' ').trim();
                const root = arguments[2] || document;
                const hits = [], seen = [];
                for (const e of root.querySelectorAll(arguments[0])) {
                  if (e.getClientRects().length === 0) continue;
                  const text = ((e.tagName === 'INPUT' ? e.value : e.innerText) || '').replace(/\\s+/g, ' ').trim();
                  seen.push(text);
                  if (text === want) hits.push(e);
                }
                return [hits, seen];
                """, selector, text, root);
        List<?> hits = (List<?>) found.get(0);
        if (hits.size() != 1) {
            throw new AssertionError((hits.isEmpty() ? "no" : hits.size()) + " visible " + what + "s reading \"" + text
                    + "\" on " + driver.getCurrentUrl() + (root == null ? "" : " in " + describeForm(root)) + "; "
                    + what + "s there: " + found.get(1));
        }
        ((WebElement) hits.get(0)).click();
    }

    /**
     * The one form on the page whose heading ({@code <h2>}, or {@code <legend>}) reads {@code heading}: the booking page
     * has several forms with the same label texts ("Room", "Reason", "Card: last four digits only"), and a user tells
     * them apart by their headings, so the test does too. Fails, naming the headings there, when there is none or more
     * than one.
     */
    Form within(String heading) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) js("""
                const want = arguments[0].replace(/\\s+/g, ' ').trim();
                const hits = [], seen = [];
                for (const form of document.querySelectorAll('form')) {
                  const h = form.querySelector('h1,h2,h3,legend');
                  if (!h) continue;
                  const text = h.textContent.replace(/\\s+/g, ' ').trim();
                  seen.push(text);
                  if (text === want) hits.push(form);
                }
                return [hits, seen];
                """, heading);
        List<?> hits = (List<?>) found.get(0);
        if (hits.size() != 1) {
            throw new AssertionError((hits.isEmpty() ? "no" : hits.size()) + " forms headed \"" + heading + "\" on "
                    + driver.getCurrentUrl() + "; form headings there: " + found.get(1));
        }
        return new Form(heading, (WebElement) hits.get(0));
    }

    /** Whether the page has a form headed {@code heading} (see {@link #within}). */
    boolean hasForm(String heading) {
        return (Boolean) js("""
                const want = arguments[0];
                return [...document.querySelectorAll('form')].some(f => {
                  const h = f.querySelector('h1,h2,h3,legend');
                  return h && h.textContent.replace(/\\s+/g, ' ').trim() === want;
                });
                """, heading);
    }

    private String describeForm(WebElement form) {
        return (String) js(
                "const h = arguments[0].querySelector('h1,h2,h3,legend');"
                        + " return 'the form ' + (h ? '\"' + h.textContent.trim() + '\"' : arguments[0].action);",
                form);
    }

    /** One form of the page, found by its heading: the same label- and text-based lookups, scoped to it. */
    final class Form {
        private final String heading;
        private final WebElement form;

        private Form(String heading, WebElement form) {
            this.heading = heading;
            this.form = form;
        }

        WebElement element() {
            return form;
        }

        WebElement byLabel(String labelText) {
            return byLabelIn(form, labelText);
        }

        Form fill(String labelText, String value) {
            WebElement field = byLabel(labelText);
            field.clear();
            field.sendKeys(value);
            return this;
        }

        Form select(String labelText, String optionText) {
            new Select(byLabel(labelText)).selectByVisibleText(optionText);
            return this;
        }

        /** Picks the first option of the select labelled {@code labelText} whose text starts with {@code prefix}. */
        String selectStartingWith(String labelText, String prefix) {
            Select select = new Select(byLabel(labelText));
            for (WebElement option : select.getOptions()) {
                if (option.getText().startsWith(prefix)) {
                    String text = option.getText();
                    select.selectByVisibleText(text);
                    return text;
                }
            }
            throw new AssertionError("no option starting with \"" + prefix + "\" in \"" + labelText
                    + "\" of the form \""
                    + heading + "\"; options: "
                    + select.getOptions().stream().map(WebElement::getText).toList());
        }

        /** The option texts of the select labelled {@code labelText}. */
        List<String> options(String labelText) {
            return new Select(byLabel(labelText))
                    .getOptions().stream().map(WebElement::getText).toList();
        }

        void clickButton(String text) {
            clickOneIn(
                    form,
                    "button, input[type=submit], input[type=button], input[type=reset], [role=button]",
                    text,
                    "button");
        }

        /** The form's text as shown (error messages included). */
        String text() {
            return form.getText();
        }
    }

    /**
     * Presses TAB (as a keyboard user would, from wherever focus is) until the control labelled {@code labelText} has
     * focus, and returns how many presses it took. Fails after {@code maxTabs} presses. Open a page and call this first
     * to prove a field is reachable from the page's start.
     */
    int pressTabUntilFocused(String labelText, int maxTabs) {
        WebElement target = byLabel(labelText);
        for (int tabs = 1; tabs <= maxTabs; tabs++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.equals(driver.switchTo().activeElement())) {
                return tabs;
            }
        }
        throw new AssertionError("\"" + labelText + "\" not focused after " + maxTabs + " TAB presses; focus is on "
                + describe(driver.switchTo().activeElement()));
    }

    /** Sends keys to whatever has focus, as typing on the keyboard does (text, {@link Keys#TAB}, {@link Keys#ENTER}). */
    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The control that has keyboard focus, described for assertion messages (tag, name, label). */
    String focused() {
        return describe(driver.switchTo().activeElement());
    }

    private String describe(WebElement e) {
        return (String) js(
                "const e = arguments[0]; const l = e.labels && e.labels.length ? e.labels[0].textContent.trim() : '';"
                        + " return e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '')"
                        + " + (l ? ' labelled \"' + l + '\"' : '');",
                e);
    }

    /** The document's full width in CSS pixels; wider than {@link #WIDTH} means a horizontal scrollbar. */
    long scrollWidth() {
        return ((Number) js("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The viewport's width in CSS pixels as the page sees it. */
    long viewportWidth() {
        return ((Number) js("return window.innerWidth;")).longValue();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a PNG of the viewport as {@code ops/target/screenshots/<TestClass>/<NN-name>.png} and returns its path. */
    Path screenshot(String name) {
        screenshotCount++;
        Path file = screenshots.resolve(
                String.format(Locale.ROOT, "%02d-%s.png", screenshotCount, name.replaceAll("[^A-Za-z0-9._-]+", "-")));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The folder the browser downloads into (fresh for this browser, deleted on close). */
    Path downloads() {
        return downloads;
    }

    /**
     * Waits for a finished download whose file name ends with {@code suffix} (case-insensitive), returns its bytes
     * and removes the file, so that the next download of the same name (Chromium overwrites, it does not number
     * them) is seen afresh. A download is finished when Chromium has renamed it from its {@code .crdownload} name and
     * its size stays the same across two looks. Files nobody waited for stay until a wait with their suffix takes
     * them.
     */
    byte[] awaitDownload(String suffix, Duration timeout) {
        return awaitDownloadedFile(suffix, timeout).bytes();
    }

    /** A downloaded file: its name as the server gave it (Content-Disposition filename) and its bytes. */
    record Download(String name, byte[] bytes) {}

    /** As {@link #awaitDownload}, with the file's name. */
    Download awaitDownloadedFile(String suffix, Duration timeout) {
        String wanted = suffix.toLowerCase(Locale.ROOT);
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Path, Long> lastSize = new HashMap<>();
        while (true) {
            try (Stream<Path> files = Files.list(downloads)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.toLowerCase(Locale.ROOT).endsWith(wanted)
                            || name.endsWith(".crdownload")
                            || name.startsWith(".")) {
                        continue;
                    }
                    long size = Files.size(f);
                    Long before = lastSize.put(f, size);
                    if (before != null && before == size && size > 0) {
                        byte[] bytes = Files.readAllBytes(f);
                        Files.delete(f);
                        return new Download(name, bytes);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no download ending in \"" + suffix + "\" within " + timeout + " in "
                        + downloads + "; folder holds " + listing(downloads));
            }
            AppProcess.sleep(100);
        }
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // the browser is gone already; the driver service below still has to stop
        } finally {
            service.stop();
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind harms nothing; Chromium may still hold a file for a moment
        }
    }
}
