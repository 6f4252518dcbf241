package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when": the editor page loads a draft's model in the standard KIE DMN editor (served by
 * the service from its jar) in headless chromium, and its Save is a new revision of the draft that every
 * check runs on at once.
 */
class DmnEditorPageBrowserTest extends PagesInABrowser {

    HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("lead:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDraftsModelOpensInTheDmnEditorAndItsSaveIsACheckedRevision() throws Exception {
        JsonNode created = StrictJson.DOCUMENT.tree(api("POST", "/api/v1/policy/drafts", "{\"note\": \"in the DMN editor\"}").body());
        String draft = created.path("draftId").asText();
        Browser b = browser;
        b.signIn("lead", "demo");
        b.go("/policy/drafts/" + draft);
        b.click("editor-screening-dmn");
        WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofMinutes(3));
        WebElement frame = wait.until(d -> d.findElements(By.cssSelector("#dmn-editor iframe")).stream().findFirst().orElse(null));
        b.driver.switchTo().frame(frame);
        wait.until(d -> !d.findElements(By.cssSelector(".react-flow__node")).isEmpty());
        assertThat(b.driver.findElements(By.cssSelector(".react-flow__node [data-nodelabel]")).stream()
                .map(e -> e.getAttribute("data-nodelabel"))).contains("RAG rating", "Pathway");
        b.driver.switchTo().defaultContent();
        b.screenshotOfWindow("guide-lead-13-dmn-editor");

        WebElement page = b.driver.findElement(By.tagName("html"));
        b.driver.findElement(By.id("save-model")).click();
        new WebDriverWait(b.driver, Duration.ofMinutes(5)).until(ExpectedConditions.stalenessOf(page));
        assertThat(b.text("saved")).contains("screening.dmn saved as revision 1");
        assertThat(b.text("check-outcome")).isNotBlank();
        assertThat(api("GET", "/api/v1/policy/drafts/" + draft + "/files/screening.dmn", "").body()).contains("RAG rating", "R5");
    }
}
