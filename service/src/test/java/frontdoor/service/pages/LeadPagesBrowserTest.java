package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The practice lead in a real browser (headless chromium): the home page names the version in force and a
 * draft awaiting approval, the policy page shows it whole with its contents list; the auditor is refused the
 * policy page. axe-core checks every page; the screenshots are the lead's guide's
 * ({@code docs/guide-practice-lead.md}).
 */
class LeadPagesBrowserTest extends PagesInABrowser {

    /** A draft made through the policy API, as a lead makes one today. */
    void draftThroughTheApi(String note) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/policy/drafts"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("lead:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"" + note + "\"}")).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    }

    @Test
    void aLeadReadsWhatIsInForceAndWhatAwaitsApproval() throws Exception {
        draftThroughTheApi("Level 3 under 5s: AMBER, not RED");
        Browser b = browser;
        b.signIn("lead", "demo");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("What needs doing now");
        String version = b.text("in-force");
        assertThat(version).startsWith("default-");
        assertThat(Integer.parseInt(b.text("awaiting-approval"))).isPositive();
        assertThat(b.text("lead-policy")).contains("Level 3 under 5s: AMBER, not RED");
        b.assertAccessible("lead's home");
        b.screenshot("guide-lead-1-home");

        b.click("policy-link");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("The policy in force");
        assertThat(b.text("version")).isEqualTo(version);
        assertThat(b.driver.findElements(By.cssSelector("#escalation-list > li strong")).stream().map(WebElement::getText))
                .containsExactly("ESC:TOXIC_TRIO", "ESC:CUMULATIVE", "ESC:REVOLVING_DOOR", "ESC:PREVIOUS_PROTECTION", "ESC:VERY_YOUNG");
        assertThat(b.text("timescale-RED")).isEqualTo("Screening due within 4 hours of the referral being received");
        b.assertAccessible("policy");
        b.screenshotOfWindow("guide-lead-2-policy");
        b.go("/policy#in-force");
        b.screenshotOfWindow("guide-lead-3-in-force");
        b.driver.findElement(By.cssSelector("a[href='#table-rag-rating']")).click();
        assertThat(b.driver.findElement(By.id("table-rag-rating")).getText()).contains("R2", "Level 4 and the child is under 1");
        b.screenshotOfWindow("guide-lead-4-table");
        b.go("/policy#escalations");
        b.screenshotOfWindow("guide-lead-5-escalations");
        b.go("/policy#catalogue");
        b.screenshotOfWindow("guide-lead-6-catalogue");

        // the lead's third question: where do workers most often disagree with the policy?
        b.go("/");
        b.click("disagreements-link");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("How the front door is doing");
        assertThat(b.text("title-overrides")).isEqualTo("Decisions that differ from the recommendation, by the rule behind it");
        b.assertAccessible("dashboard for the lead");
    }

    @Test
    void theAuditorIsRefusedThePolicyPage() {
        browser.signIn("auditor", "demo");
        browser.go("/policy");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        browser.assertAccessible("policy refused to the auditor");
    }
}
