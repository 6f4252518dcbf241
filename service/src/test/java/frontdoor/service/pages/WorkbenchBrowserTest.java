package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Json;
import frontdoor.rules.StrictJson;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice lead's workbench in a real browser: a lead makes a draft that turns RAG row R5 GREEN and edits
 * it as text (each save checked at once), reads its changes row by row, its impact on the referrals of the
 * last 90 days (every fall listed), runs it in shadow on a new referral, a second lead approves it, the lead
 * publishes it and rolls it back. axe-core checks each page; the screenshots are the lead's guide's.
 */
class WorkbenchBrowserTest extends PagesInABrowser {
    static final String R5_AMBER = "<outputEntry><text>\"AMBER\"</text></outputEntry>\n        "
            + "<outputEntry><text>Referral facts.Concern codes[item = \"DOMESTIC_ABUSE_MEDIUM\"";

    HttpResponse<String> api(String method, String path, String body, String type) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("lead:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    String referral(String code) throws IOException, InterruptedException {
        String id = "WB-" + UUID.randomUUID();
        String body = """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "SOCIAL_CARE", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "dateOfBirth": "2014-03-01"}, "consent": "GIVEN",
                 "concerns": [{"code": "%s", "agency": "EDUCATION"}]}""".formatted(id, Instant.now().minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS), id, code);
        assertThat(api("POST", "/api/v1/referrals", body, "application/json").statusCode()).isEqualTo(201);
        return id;
    }

    /** Clicks and waits for the next page, as long as the checks take on a busy machine. */
    void submit(String id) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.id(id)).click();
        new WebDriverWait(browser.driver, Duration.ofMinutes(5)).until(ExpectedConditions.stalenessOf(page));
    }

    /** What a lead does after changing a rule on purpose: each shipped case it changes gets its new expected result in the draft. */
    void updateChangedCases(String draft) throws Exception {
        JsonNode report = StrictJson.DOCUMENT.tree(api("POST", "/api/v1/policy/drafts/" + draft + "/checks", "", "application/json").body());
        java.util.Map<String, ObjectNode> changed = new java.util.TreeMap<>();
        for (JsonNode error : report.path("errors")) {
            String problem = error.path("problem").asText();
            String id = problem.substring(0, problem.indexOf(' '));
            ObjectNode tc = changed.computeIfAbsent(id, this::shippedCase);
            ((ObjectNode) tc.path("expect")).put(error.path("where").asText(), problem.substring(problem.lastIndexOf(", got ") + 6));
        }
        for (var e : changed.entrySet()) {
            assertThat(api("PUT", "/api/v1/policy/drafts/" + draft + "/files/cases/" + e.getKey() + ".json",
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue()), "text/plain").statusCode()).isEqualTo(200);
        }
    }

    ObjectNode shippedCase(String id) {
        try {
            for (Path file : CaseRunner.caseFiles(Path.of("../test-cases/cases"))) {
                if (file.getFileName().toString().equals(id + ".json")) {
                    return (ObjectNode) StrictJson.DOCUMENT.tree(Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("no shipped case " + id);
    }

    @Test
    void aLeadEditsReadsTheChangeItsImpactAndShadowThenASecondLeadApprovesAndItIsPublishedAndRolledBack() throws Exception {
        List<String> falls = new ArrayList<>(List.of(referral("DOMESTIC_ABUSE_MEDIUM"), referral("DOMESTIC_ABUSE_MEDIUM")));
        referral("PERSISTENT_ABSENCE");
        Browser b = browser;
        b.signIn("lead", "demo");
        b.go("/policy#versions");
        String shipped = b.text("version");
        submit("make-draft");
        assertThat(b.text("draft-note-input-error")).contains("Enter what the draft is for");
        assertThat(b.driver.getTitle()).startsWith("Error: The policy in force");
        b.type("draft-note-input", "R5: level 3 with domestic abuse is GREEN");
        submit("make-draft");
        String draft = b.driver.getCurrentUrl().substring(b.driver.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(b.text("draft-note")).isEqualTo("R5: level 3 with domestic abuse is GREEN");
        assertThat(b.text("no-changes")).startsWith("No changes yet");

        b.click("file-screening-dmn");
        String text = b.driver.findElement(By.id("text")).getAttribute("value");
        assertThat(text).contains(R5_AMBER);
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('text').value = arguments[0];",
                text.replace(R5_AMBER, R5_AMBER.replace("AMBER", "GREEN")));
        b.assertAccessible("a draft's file");
        submit("save-file");
        assertThat(b.text("saved")).contains("Saved, with problems", "screening.dmn saved as revision 1, but", "block approval and publishing");
        assertThat(b.driver.findElement(By.id("saved")).getAttribute("class")).doesNotContain("govuk-notification-banner--success");
        assertThat(b.text("check-errors")).contains("rag: expected AMBER, got GREEN");
        b.assertAccessible("the draft with its check report");
        b.screenshot("guide-lead-7-saved-and-checked");

        // one failing case through the pages: it opens as shipped, what it expects is changed to what the draft gives, and it passes
        java.util.Map<String, List<String>> failing = new java.util.TreeMap<>();
        for (WebElement row : b.driver.findElements(By.cssSelector("#check-errors tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (!cells.get(1).getText().equals("cases")) {
                continue;
            }
            String problem = cells.get(4).getText();
            failing.computeIfAbsent(problem.substring(0, problem.indexOf(' ')), k -> new ArrayList<>()).add(problem);
        }
        String caseId = failing.keySet().iterator().next();
        submit("open-case-" + caseId);
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("cases/" + caseId + ".json");
        String edited = b.driver.findElement(By.id("text")).getAttribute("value");
        assertThat(edited).contains("\"id\": \"" + caseId + "\"");
        for (String problem : failing.get(caseId)) { // "TC-0019 rag: expected AMBER, got GREEN"
            String field = problem.substring(problem.indexOf(' ') + 1, problem.indexOf(": expected "));
            String expected = problem.substring(problem.indexOf(": expected ") + 11, problem.lastIndexOf(", got "));
            String got = problem.substring(problem.lastIndexOf(", got ") + 6);
            String before = edited;
            edited = edited.replaceFirst("\"" + field + "\":\\s*\"" + java.util.regex.Pattern.quote(expected) + "\"",
                    java.util.regex.Matcher.quoteReplacement("\"" + field + "\": \"" + got + "\""));
            assertThat(edited).as(problem).isNotEqualTo(before);
        }
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('text').value = arguments[0];", edited);
        submit("save-file");
        assertThat(b.text("saved")).contains("cases/" + caseId + ".json saved as revision 2");
        assertThat(b.text("check-errors")).doesNotContain(caseId + " ");
        assertThat(b.driver.findElements(By.id("changed-expectations"))).isNotEmpty();

        updateChangedCases(draft);
        b.go("/policy/drafts/" + draft);
        submit("run-checks");
        assertThat(b.text("check-outcome")).isEqualTo("Every check passes");
        assertThat(b.text("row-RAG-rating-R5")).contains("Changed", "rag", "\"AMBER\"", "\"GREEN\"");
        b.assertAccessible("the draft's changes");
        b.go("/policy/drafts/" + draft + "#changes");
        b.screenshotOfWindow("guide-lead-8-changes");

        b.click("impact-link");
        assertThat(Integer.parseInt(b.text("count-lower"))).isGreaterThanOrEqualTo(2);
        assertThat(b.text("fall-table")).contains(falls.get(0), falls.get(1), "AMBER → GREEN");
        assertThat(b.text("rule-table")).contains("rag", "AMBER", "GREEN", "R5");
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#chart-changes svg")).isEmpty());
        b.assertAccessible("the impact report");
        b.screenshot("guide-lead-9-impact");

        b.go("/policy/drafts/" + draft + "/shadow");
        submit("start-shadow");
        assertThat(b.text("shadow-state")).startsWith("Running");
        String live = referral("DOMESTIC_ABUSE_MEDIUM");
        long deadline = System.nanoTime() + 30_000_000_000L;
        do {
            Thread.sleep(500);
            b.click("shadow-refresh");
        } while (!b.text("count-referrals").equals("1") && System.nanoTime() < deadline);
        assertThat(b.text("count-referrals")).isEqualTo("1");
        assertThat(b.text("fall-table")).contains(live);
        b.assertAccessible("the shadow comparison");
        b.screenshot("guide-lead-10-shadow");
        submit("stop-shadow");
        assertThat(b.text("shadow-state")).startsWith("Stopped");

        b.go("/policy/drafts/" + draft);
        b.type("approve-note", "my own");
        submit("approve-draft");
        // beside its field in GOV.UK's words, the summary linking to it, and what was typed kept
        assertThat(b.text("approve-reference-error")).contains("Enter the reference of the partnership's sign-off");
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary a[href='#approve-reference']")).getText())
                .startsWith("Enter the reference");
        assertThat(b.driver.findElement(By.id("approve-note")).getAttribute("value")).isEqualTo("my own");
        assertThat(b.driver.getTitle()).startsWith("Error: ");
        b.assertAccessible("an approval refused for a missing reference");
        b.type("approve-reference", "mine");
        b.type("approve-note", "my own");
        submit("approve-draft");
        assertThat(b.text("refusal")).contains("a second practice lead");
        b.signIn("lead2", "demo");
        b.go("/policy/drafts/" + draft);
        b.type("approve-reference", "MASH board 2026-12-01 item 4");
        b.type("approve-note", "agreed: falls reviewed one by one");
        submit("approve-draft");
        assertThat(b.text("draft-state")).startsWith("Approved by lead2");
        b.screenshot("guide-lead-11-approved");

        b.signIn("lead", "demo");
        b.go("/policy/drafts/" + draft);
        b.type("publish-note", "from Monday");
        submit("publish-draft");
        assertThat(b.text("draft-state")).startsWith("Published as default-");
        b.go("/policy#versions");
        assertThat(b.text("version")).isNotEqualTo(shipped);
        b.screenshotOfWindow("guide-lead-12-published");
        submit("rollback-" + shipped);
        assertThat(b.text("version")).isEqualTo(shipped);
        b.assertAccessible("the versions after a rollback");
    }
}
