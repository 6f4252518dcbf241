package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian {@code chromium} through {@code chromium-driver}, as test-cases' DmnEditorTest drives it:
 * both paths given, so Selenium Manager has nothing to look up or download. Without them the test fails (the
 * build installs them first: {@code scripts/install-browser.sh}). Each page can be checked with axe-core (WCAG
 * 2.1 A and AA: no serious or critical violation) and saved as a screenshot.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("frontdoor.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("frontdoor.chromedriver", "/usr/bin/chromedriver"));
    /** Where screenshots go; {@code -Dfrontdoor.pages.screenshots=../docs/images} refreshes the guides' pictures. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("frontdoor.pages.screenshots", "target/pages-screenshots"));
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Logger SELENIUM_DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A browser on {@code base}; the test fails when chromium is missing (a skipped browser test proves nothing). */
    static Browser open(String base) throws IOException {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing (apt-get install chromium)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing (apt-get install chromium-driver)" : null;
        if (missing != null) {
            fail(missing + ": the build installs it (scripts/install-browser.sh) before the tests");
        }
        SELENIUM_DEVTOOLS.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("frontdoor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs); // the console, where chromium reports what the CSP refused
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--hide-scrollbars");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new Browser(new ChromeDriver(service, options), profile, base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Clicks the label of a GOV.UK radio or checkbox (the input itself is drawn over by its label). */
    void choose(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    void type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button or link and waits for the next page. */
    void click(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Types into a field and presses Enter, waiting for the next page (a form whose button has no id). */
    void submit(String id, String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        type(id, text + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type("username", user);
        type("password", password);
        click("sign-in");
    }

    /** The links of the error summary: the ids of the fields it names (none when the page has no summary). */
    List<String> errorSummary() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        } catch (TimeoutException e) {
            return List.of();
        }
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    /**
     * axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 A or AA; and nothing the
     * page did since the last check was refused by its Content-Security-Policy.
     */
    void assertAccessible(String page) {
        assertThat(policyViolations()).as("Content-Security-Policy violations on " + page).isEmpty();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
        assertThat(bad).as("axe on " + page).isEmpty();
    }

    /** What the console reported refused by the Content-Security-Policy since it was last read. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    /** The whole page as a PNG, named for the guide that shows it. */
    void screenshot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        driver.manage().window().setSize(before);
    }

    /** What the window shows now (1280 by 900), for a part of a long page reached by its anchor. */
    void screenshotOfWindow(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
