package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The screening worker's job in a real browser (headless chromium): sign in, send a broken referral and read
 * what is wrong, send a good one, read its RAG and pathway, record a decision that differs, with a rationale.
 * Every role is refused a page of another role with the GOV.UK-style page. axe-core checks every page seen;
 * the screenshots are the worker's guide's ({@code docs/guide-worker.md}).
 */
class WorkerPagesBrowserTest extends PagesInABrowser {

    @Test
    void aWorkerSendsReadsAndDecides() throws IOException {
        Browser b = browser;
        b.go("/login");
        b.assertAccessible("sign-in");
        b.signIn("worker", "wrong");
        assertThat(b.errorSummary()).as(b.driver.getCurrentUrl()).containsExactly("#username");
        b.assertAccessible("sign-in with an error");
        b.signIn("worker", "demo");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("What needs doing now");
        b.assertAccessible("home");

        b.go("/referrals/new");
        b.assertAccessible("referral form");
        assertThat(b.driver.findElement(By.id("inArea")).isSelected()).as("lives in the area, unless told otherwise").isTrue();
        b.screenshot("guide-worker-1-form");
        b.type("childId", "");
        b.type("dateOfBirth-day", "31");
        b.type("dateOfBirth-month", "2");
        b.type("dateOfBirth-year", "2020");
        new Select(b.driver.findElement(By.id("concern-0-agency"))).selectByValue("POLICE");
        b.type("contactsLast12Months", "many");
        b.click("send");
        assertThat(b.errorSummary()).containsExactly("#sourceAgency", "#sourceMethod", "#childId", "#dateOfBirth-day",
                "#consent", "#concern-0-code", "#contactsLast12Months");
        assertThat(b.driver.findElements(By.cssSelector(".govuk-error-message"))).hasSize(7);
        b.assertAccessible("referral form with errors");
        b.screenshot("guide-worker-2-form-errors");

        String referralId = b.driver.findElement(By.id("referralId")).getDomProperty("value");
        b.choose("sourceAgency");                     // the first agency: police
        b.choose("sourceMethod-POLICE_NOTIFICATION");
        b.type("childId", "C-88");
        b.type("dateOfBirth-year", "2026");
        b.type("dateOfBirth-month", "6");
        b.type("dateOfBirth-day", "2");
        b.choose("consent-NOT_SOUGHT");
        b.type("contactsLast12Months", "1");
        new Select(b.driver.findElement(By.id("concern-0-code"))).selectByValue("DOMESTIC_ABUSE_HIGH");
        b.click("add-concern");                       // "add another" is a round trip: it works without JavaScript
        new Select(b.driver.findElement(By.id("concern-1-code"))).selectByValue("PARENTAL_SUBSTANCE_MISUSE");
        new Select(b.driver.findElement(By.id("concern-1-agency"))).selectByValue("HEALTH");
        b.click("send");

        assertThat(b.driver.getCurrentUrl()).as("refused: %s", b.errorSummary()).endsWith("/referrals/" + referralId);
        assertThat(b.text("rag")).isEqualTo("Red");
        assertThat(b.text("pathway")).isEqualTo("Strategy discussion");
        assertThat(b.text("left")).endsWith("left");
        b.driver.findElements(By.cssSelector(".policy-table summary")).forEach(WebElement::click);
        assertThat(b.driver.findElements(By.cssSelector(".policy-table tr.fd-matched th")).stream().map(WebElement::getText))
                .as("the matched rows of the tables").contains("R2 Matched", "P5 Matched");
        b.driver.findElements(By.cssSelector(".policy-table summary")).stream().skip(1).forEach(WebElement::click);
        b.assertAccessible("recommendation");
        b.screenshot("guide-worker-3-recommendation");

        b.go("/");
        assertThat(Integer.parseInt(b.text("awaiting"))).isPositive();
        assertThat(Integer.parseInt(b.text("red"))).isPositive();
        b.screenshot("guide-worker-0-home");
        b.go("/referrals?status=AWAITING_DECISION");
        assertThat(b.driver.findElement(By.linkText(referralId)).isDisplayed()).isTrue();
        b.assertAccessible("queue");
        b.screenshot("guide-worker-5-queue");
        b.driver.findElement(By.linkText(referralId)).click();
        assertThat(b.text("pathway")).isEqualTo("Strategy discussion");

        b.choose("thresholdLevel-3");
        b.choose("rag-AMBER");
        b.choose("pathway-MASH_ENQUIRY");
        b.click("decide");
        assertThat(b.errorSummary()).containsExactly("#rationale");
        b.assertAccessible("decision form with an error");
        b.type("rationale", "Police confirm the father has left; mother engaging with IDVA");
        b.click("decide");
        List<String> decision = b.driver.findElements(By.cssSelector(".decision-record .rationale")).stream().map(e -> e.getText()).toList();
        assertThat(decision).containsExactly("Police confirm the father has left; mother engaging with IDVA");
        assertThat(b.text("rag")).isEqualTo("Amber");
        b.assertAccessible("decided referral");
        b.screenshot("guide-worker-4-decided");

        b.go("/referrals?status=DECIDED&rag=AMBER");
        assertThat(b.driver.findElement(By.linkText(referralId)).isDisplayed()).isTrue();
        b.assertAccessible("queue filtered");

        b.go("/referrals/NO-SUCH-REFERRAL");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        b.assertAccessible("not found");
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource({"worker, /plans", "lead, /referrals/new", "manager, /referrals/new", "auditor, /referrals"})
    void aPageOfAnotherRoleIsRefused(String user, String page) {
        browser.signIn(user, "demo");
        browser.go(page);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        browser.assertAccessible("refused " + page + " as " + user);
        browser.click("sign-out");
        assertThat(browser.driver.findElement(By.className("govuk-notification-banner__heading")).getText()).isEqualTo("You have signed out");
        browser.assertAccessible("signed out");
        browser.go("/");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }
}
