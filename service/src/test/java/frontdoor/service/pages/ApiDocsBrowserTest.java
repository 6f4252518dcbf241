package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Swagger UI shows the served OpenAPI document: sending a referral, typed, with the contract's example (screening.md). */
class ApiDocsBrowserTest extends PagesInABrowser {

    @Test
    void swaggerUiShowsTheTypedReferralOperation() throws Exception {
        browser.go("/swagger-ui.html");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        WebElement submit = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Referrals-submit")));
        submit.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#operations-Referrals-submit .responses-table")));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true)", submit);

        assertThat(submit.getText()).contains("Send a referral; get its recommendation with the reasons", "R-2026-000123",
                "DOMESTIC_ABUSE_HIGH", "201", "400", "409", "413");
        browser.screenshotOfWindow("screening-openapi-swagger-ui");
    }
}
