package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.Referrals;
import frontdoor.service.dashboard.Dashboard;
import frontdoor.service.dashboard.DashboardReferrals;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The auditor's and the manager's pages in a real browser (headless chromium), on referrals sent and decided
 * through the API: the auditor reads the chain's state, filters the trail, pages it, checks the chain again
 * and sees a broken chain named; the dashboard draws every plot with its table. A worker is refused both.
 * axe-core checks every page seen; the screenshots are the auditor's guide's ({@code docs/guide-auditor.md}).
 */
class AuditorPagesBrowserTest extends PagesInABrowser {
    @Autowired
    WebApplicationContext context;
    @Autowired
    PolicyHolder policy;
    @Autowired
    JdbcTemplate jdbc;
    DashboardReferrals sent;

    @BeforeAll
    void referralsAndBrowser() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        sent = new DashboardReferrals(mvc, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(policy.current().zone()), policy.current().zone());
        sent.sendAll();
        Referrals.get(mvc, "manager", "/api/v1/referrals/" + sent.id("r4"));
        Referrals.get(mvc, "auditor", "/api/v1/referrals/" + sent.id("r4"));
        for (int n = 1; n <= 10; n++) {         // a trail longer than a page, whichever tests ran before
            Referrals.get(mvc, "lead", "/api/v1/referrals/" + sent.id("r" + n));
        }
    }

    @Test
    void theAuditorChecksTheChainAndFiltersTheTrail() throws IOException {
        Browser b = browser;
        b.signIn("auditor", "demo");
        assertThat(b.text("chain")).startsWith("The audit chain is intact");
        assertThat(Long.parseLong(b.text("recorded-today"))).isPositive();
        b.assertAccessible("auditor's home");
        b.screenshot("guide-auditor-0-home");

        b.go("/audit");
        assertThat(b.text("verification-result")).startsWith("All ").contains("entries were checked just now");
        assertThat(b.driver.findElements(By.cssSelector("#trail tbody tr"))).hasSize(25);
        b.assertAccessible("audit trail");
        b.click("next-page");
        assertThat(b.driver.findElement(By.cssSelector(".govuk-pagination__item--current")).getText()).isEqualTo("2");

        b.type("subject", sent.id("r4"));
        new Select(b.driver.findElement(By.id("action"))).selectByValue("VIEWED");
        b.click("apply-filters");
        assertThat(b.text("matches")).isEqualTo("3 entries match, oldest first.");
        assertThat(column(4)).containsExactly("Viewed", "Viewed", "Viewed");
        assertThat(column(3)).containsExactly("manager", "auditor", "lead");
        b.assertAccessible("audit trail filtered");
        b.screenshot("guide-auditor-1-trail");

        b.click("verify");
        assertThat(b.text("verification-result")).contains("entries were checked just now");
        assertThat(b.driver.findElement(By.id("subject")).getDomProperty("value")).as("the filters stay").isEqualTo(sent.id("r4"));

        b.type("from", "yesterday");
        b.click("apply-filters");
        assertThat(b.errorSummary()).containsExactly("#from");
        b.assertAccessible("audit trail with a bad filter");
    }

    @Test
    void aBrokenChainIsNamedWithItsEntry() throws IOException {
        Map<String, Object> row = jdbc.queryForMap("SELECT seq, actor FROM audit_entry WHERE subject = ? AND action = 'RECOMMENDED'", sent.id("r4"));
        try {
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", row.get("seq"));
            browser.signIn("auditor", "demo");
            browser.go("/audit?subject=" + sent.id("r4"));
            assertThat(browser.driver.findElement(By.cssSelector("#verification h2")).getText())
                    .isEqualTo("The audit chain is broken at entry " + row.get("seq"));
            assertThat(browser.text("verification-result")).contains("its content does not match its hash");
            assertThat(browser.text("caught-by")).startsWith("Caught by the chain");
            browser.assertAccessible("audit trail, chain broken");
            browser.screenshot("guide-auditor-2-broken");
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", row.get("actor"), row.get("seq"));
        }
    }

    @ParameterizedTest(name = "{0} reads the dashboard")
    @CsvSource({"auditor", "manager"})
    void theDashboardDrawsEachPlotWithItsTable(String user) throws IOException {
        Browser b = browser;
        b.signIn(user, "demo");
        b.go("/dashboard");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("How the front door is doing");
        List<String> plotted = Dashboard.NAMES.stream().filter(name -> !name.equals("latency")).toList();
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> plotted.stream()
                .allMatch(name -> !d.findElements(By.cssSelector("#chart-" + name + " svg path")).isEmpty()));
        for (String name : Dashboard.NAMES) {
            assertThat(b.driver.findElements(By.id("table-" + name))).as(name).hasSize(1);
            assertThat(b.driver.findElements(By.cssSelector("#table-" + name + " tbody tr"))).as(name).isNotEmpty();
            assertThat(b.driver.findElement(By.id("csv-" + name)).getDomAttribute("href")).startsWith("/dashboard/" + name + ".csv?from=");
        }
        assertThat(b.driver.findElement(By.id("table-timeliness")).isDisplayed()).as("the table waits in its details").isFalse();
        b.driver.findElements(By.cssSelector(".fd-figure details summary")).forEach(WebElement::click);
        assertThat(b.driver.findElement(By.id("table-timeliness")).isDisplayed()).isTrue();
        b.assertAccessible("dashboard as " + user);
        if (user.equals("manager")) {                 // the guide's picture: every plot, the RAG mix's table open
            List<WebElement> summaries = b.driver.findElements(By.cssSelector(".fd-figure details summary"));
            for (int i = 0; i < summaries.size(); i++) {
                if (i != 1) {
                    summaries.get(i).click();
                }
            }
            ((JavascriptExecutor) b.driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
            b.screenshot("guide-auditor-3-dashboard");
        }
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource({"worker, /audit", "worker, /dashboard", "manager, /audit", "lead, /audit"})
    void theAuditorsPagesAreRefusedToOthers(String user, String page) {
        browser.signIn(user, "demo");
        browser.go(page);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        browser.assertAccessible("refused " + page + " as " + user);
    }

    /** The text of one column of the trail's table, row by row (1 is the entry number). */
    private List<String> column(int n) {
        return browser.driver.findElements(By.cssSelector("#trail tbody tr td:nth-child(" + n + ")")).stream().map(WebElement::getText).toList();
    }
}
