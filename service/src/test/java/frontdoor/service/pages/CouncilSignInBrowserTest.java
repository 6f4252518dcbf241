package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.security.CouncilIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A worker signs in to the pages with their council account, in a real browser, through a real OpenID
 * Connect provider started by the test; the sign-in page offers both ways in.
 */
class CouncilSignInBrowserTest extends PagesInABrowser {
    @DynamicPropertySource
    static void councilIdentityProvider(DynamicPropertyRegistry registry) {
        CouncilIdentityProvider.startFor(registry);
    }

    @Test
    void aWorkerSignsInWithTheirCouncilAccount() throws Exception {
        CouncilIdentityProvider.servicePort = port;
        Browser b = browser;
        b.go("/referrals/new");
        assertThat(b.text("sign-in-council")).isEqualTo("Sign in with your council account");
        b.assertAccessible("sign-in with a council account");
        b.screenshot("operations-sign-in-council");
        b.click("sign-in-council");
        assertThat(b.currentUrl()).startsWith("http://127.0.0.1:");
        b.type("username", "ada");
        b.submit("password", "council");
        assertThat(b.currentUrl()).startsWith("http://localhost:" + port + "/referrals/new");
        assertThat(b.pageSource()).contains("Signed in as <strong>ada.okafor@council.example</strong>");
    }
}
