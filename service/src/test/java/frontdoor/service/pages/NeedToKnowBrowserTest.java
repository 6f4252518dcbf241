package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.Referrals;
import frontdoor.service.needtoknow.RestrictedFinding;
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
 * A referral with a restricted police result in a real browser: the worker (cleared for nothing) reads
 * "Restricted information from POLICE" where the police's concerns would be, the police user reads them.
 * The screenshot is the worker's guide's ({@code docs/guide-worker.md}).
 */
class NeedToKnowBrowserTest extends PagesInABrowser {

    private void post(String user, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 201);
    }

    @Test
    void theWorkerSeesThatRestrictedInformationExistsAndThePoliceSeeWhatItSays() throws Exception {
        String id = Referrals.newId();
        post("worker", "/api/v1/referrals", RestrictedFinding.referral(id));
        post("police", "/api/v1/referrals/" + id + "/checks/POLICE_CHECK/result", RestrictedFinding.RESULT);

        Browser b = browser;
        b.signIn("worker", "demo");
        b.go("/referrals/" + id);
        assertThat(b.text("rag")).isEqualTo("Red");
        b.driver.findElements(By.cssSelector(".policy-table summary")).forEach(WebElement::click);
        String page = b.driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Restricted information from POLICE", "R1 on restricted information from POLICE")
                .doesNotContain(RestrictedFinding.SECRETS);
        b.driver.findElements(By.cssSelector(".policy-table summary")).stream().skip(1).forEach(WebElement::click);
        b.assertAccessible("referral with restricted information");
        b.screenshot("guide-worker-6-restricted");

        b.signIn("police", "demo");
        b.go("/referrals/" + id);
        assertThat(b.driver.findElement(By.tagName("main")).getText()).contains("Sexual or criminal exploitation, assessed high risk (police)")
                .doesNotContain("Restricted information from POLICE");
    }
}
