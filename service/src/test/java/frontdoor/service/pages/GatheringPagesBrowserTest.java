package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.referral.ReferralService;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gathering in a real browser: a worker opens an AMBER referral, reads its checks, what would change it
 * and the family, records the police check's result (first with a mistake the form names), and sees the
 * rating rise to RED with the new revision saying what changed and why. The screenshots are the worker's
 * guide's ("Gathering what the agencies know").
 */
class GatheringPagesBrowserTest extends PagesInABrowser {
    @Autowired
    ReferralService referrals;

    private void referral(String id, String child, String family, Instant at, String code, String agency) {
        referrals.submit("""
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "%s", "familyId": "%s", "dateOfBirth": "2019-03-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "%s", "agency": "%s"}]}""".formatted(id, at, child, family, code, agency), "worker");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    @Test
    void aWorkerRecordsAPoliceCheckThatRaisesTheRating() throws IOException {
        String n = UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        String id = "R-GATHER-" + n;
        referral("R-EARLIER-" + n, "C-" + n, "F-" + n, now.minus(40, ChronoUnit.DAYS), "PERSISTENT_ABSENCE", "EDUCATION");
        referral("R-SISTER-" + n, "C-SISTER-" + n, "F-" + n, now.minus(20, ChronoUnit.DAYS), "SEXUAL_ABUSE_DISCLOSURE", "EDUCATION");
        referral(id, "C-" + n, "F-" + n, now.minus(2, ChronoUnit.HOURS), "DOMESTIC_ABUSE_MEDIUM", "EDUCATION");

        Browser b = browser;
        b.signIn("worker", "demo");
        b.go("/referrals/" + id);
        assertThat(b.text("rag")).isEqualTo("Amber");
        assertThat(b.text("earlier")).contains("R-EARLIER-" + n);
        assertThat(b.text("family")).contains("R-SISTER-" + n, "Level 4: child protection");
        assertThat(b.text("would-change")).contains("Without domestic abuse in the household, DASH medium risk (education): ")
                .doesNotContainPattern("(?<!:)\\b[A-Z]+_[A-Z]+"); // codes only in rule ids
        b.assertAccessible("referral with its checks");
        scrollTo("what-would-change");
        b.screenshotOfWindow("guide-worker-6-what-would-change");
        scrollTo("known");
        b.screenshotOfWindow("guide-worker-7-checks");

        b.click("record-POLICE_CHECK");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Police check: what was found");
        b.assertAccessible("check result form");
        b.choose("outcome-FINDINGS");
        b.click("record");
        assertThat(b.errorSummary()).containsExactly("#concern-0-code");
        b.assertAccessible("check result form with an error");
        b.screenshot("guide-worker-8-check-result");

        new Select(b.driver.findElement(By.id("concern-0-code"))).selectByValue("CHILD_ABANDONED_OR_LEFT_ALONE");
        b.type("concern-0-note", "Officers found the child alone overnight");
        b.click("record");
        assertThat(b.driver.getCurrentUrl()).endsWith("/referrals/" + id + "#revisions");
        assertThat(b.text("rag")).isEqualTo("Red");
        assertThat(b.text("revision-2")).contains("Revision 2: check result police check (police)",
                "RAG amber → red: R1 now matches; R5 no longer matches; level 4 from a young child left alone or abandoned (police, check result)",
                "Pathway MASH enquiry → immediate protection", "Due by ", "red is due within its timescale");
        assertThat(b.text("check-POLICE_CHECK")).contains("Done", "worker");
        b.assertAccessible("referral after the police check");
        scrollTo("revisions");
        b.screenshotOfWindow("guide-worker-9-revisions");

        b.click("add-information");
        b.choose("outcome-FINDINGS");
        b.click("record");
        assertThat(b.errorSummary()).containsExactly("#agency", "#concern-0-code");
        b.assertAccessible("information form with errors");
        b.go("/referrals/" + id + "/consent");
        b.choose("consent-NOT_REQUIRED");
        b.click("record");
        assertThat(b.errorSummary()).containsExactly("#reason");
        b.assertAccessible("consent form with an error");
        b.type("reason", "Section 47 enquiry: sharing without consent to protect the child");
        b.click("record");
        assertThat(b.text("revision-3")).contains("Revision 3: consent not required");
    }
}
