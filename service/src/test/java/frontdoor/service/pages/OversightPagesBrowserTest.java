package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.Referrals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who decides and who oversees, in a real browser: an agency's checker (police) is not offered the decision form;
 * a manager finds the decision in the sign-off queue from the home page and signs it off on the referral page.
 * axe-core checks every page seen; the screenshot is the manager's guide's.
 */
@AutoConfigureMockMvc
class OversightPagesBrowserTest extends PagesInABrowser {
    @Autowired
    MockMvc mvc;

    @Test
    void onlyASocialCareWorkerIsOfferedTheDecisionAndAManagerSignsItOff() throws Exception {
        String id = Referrals.newId();
        assertThat(Referrals.submit(mvc, Referrals.json(id)).andReturn().getResponse().getStatus()).isEqualTo(201);
        Browser b = browser;
        b.signIn("police", "demo");
        b.go("/referrals/" + id);
        assertThat(b.text("not-yours")).contains("social-care worker", "police works for POLICE");
        assertThat(b.driver.findElements(By.id("decide"))).as("no decision form").isEmpty();
        b.assertAccessible("referral as a police worker");

        assertThat(Referrals.post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"MASH_ENQUIRY\", \"actions\": [],"
                        + " \"rationale\": \"Police confirm the father has left\"}").andReturn().getResponse().getStatus()).isEqualTo(201);
        b.signIn("manager", "demo");
        assertThat(b.text("open-sign-offs")).startsWith("Sign off decisions:");
        b.click("open-sign-offs");
        assertThat(b.driver.findElement(By.linkText(id)).isDisplayed()).isTrue();
        b.assertAccessible("sign-off queue");
        b.screenshot("guide-manager-6-sign-offs");
        b.driver.findElement(By.linkText(id)).click();
        assertThat(b.text("awaiting-sign-off")).isEqualTo("Awaiting a manager's sign-off.");
        assertThat(b.driver.findElements(By.cssSelector("#kept-apart tbody tr")).stream().map(r -> r.getText()).toList())
                .as("recommended, current, decided").hasSize(3).last().asString().contains("Amber", "MASH enquiry");
        assertThat(b.text("highest-rag")).endsWith("Red");
        b.assertAccessible("referral to sign off");
        b.type("comment", "Agreed: enquiry with police today");
        b.click("sign-off-button");
        assertThat(b.text("signed-off")).startsWith("Signed off by manager").endsWith("Agreed: enquiry with police today");
        assertThat(b.driver.findElements(By.id("sign-off-button"))).as("signed off once").isEmpty();
        b.assertAccessible("signed-off referral");
        b.go("/sign-offs");
        assertThat(b.driver.findElements(By.linkText(id))).isEmpty();
    }
}
