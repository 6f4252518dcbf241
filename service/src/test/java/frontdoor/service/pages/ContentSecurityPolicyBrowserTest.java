package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages keep to their Content-Security-Policy: no template has an inline script or an event-handler
 * attribute, and what chromium would refuse shows in its console, where {@link Browser#assertAccessible}
 * looks on every page the browser tests check (this test proves it would see one).
 */
class ContentSecurityPolicyBrowserTest extends PagesInABrowser {
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern SCRIPT = Pattern.compile("<script(?![^>]*\\b(th:src|src)=)(?![^>]*type=\"application/json\")[^>]*>");
    static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=|hx-on|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptOrHandler() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            found = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    String html = Files.readString(p);
                    return Stream.concat(SCRIPT.matcher(html).results(), HANDLER.matcher(html).results())
                            .map(m -> TEMPLATES.relativize(p) + ": " + m.group());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theMainPagesRaiseNoViolationAndAnInjectedScriptWouldBeSeen() {
        browser.signIn("worker", "demo");
        for (String page : List.of("/", "/referrals", "/referrals/new", "/policy")) {
            browser.go(page);
            assertThat(browser.policyViolations()).as(page).isEmpty();
        }
        browser.go("/swagger-ui.html");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".swagger-ui .info")).isEmpty());
        assertThat(browser.policyViolations()).as("Swagger UI").isEmpty();
        ((JavascriptExecutor) browser.driver).executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s);");
        assertThat(browser.policyViolations()).as("an inline script is refused, and seen").hasSize(1);
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.injected")).isNull();
    }

    /** A name no one has (the demo users sign in from this same address in the other browser tests). */
    @Test
    void aGuessedUserNameIsRefusedAWhileOnTheSignInPage() throws IOException {
        for (int n = 1; n <= 6; n++) {
            browser.signIn("a-guessed-name", "guess" + n);
        }
        assertThat(browser.errorSummary()).containsExactly("#username");
        assertThat(browser.text("locked")).contains("too many failed attempts", "Wait 1 minute, then sign in again");
        browser.assertAccessible("sign-in refused a while");
        browser.screenshot("operations-1-sign-in-refused");
    }
}
