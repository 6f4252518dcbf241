package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.Referrals;
import frontdoor.service.needtoknow.RestrictedFinding;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through the council's identity provider, end to end against a real authorization server
 * ({@link CouncilIdentityProvider}) and the whole service on a real port: bearer tokens on the API and
 * OpenID Connect on the pages, roles from the token's group ids, agency and clearances from its claims,
 * while the configured users' passwords keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OidcSignInTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void councilIdentityProvider(DynamicPropertyRegistry registry) {
        CouncilIdentityProvider.startFor(registry);
    }

    @BeforeEach
    void serviceIsKnownToTheProvider() {
        CouncilIdentityProvider.servicePort = port;
    }

    @Test
    void aWorkersBearerTokenPostsAReferralAndAManagersIsRefusedTheWorkersRoute() throws Exception {
        String id = Referrals.newId();
        HttpResponse<String> posted = api("POST", "/api/v1/referrals", token("ada"), Referrals.json(id));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        assertThat(api("GET", "/api/v1/referrals/" + id, token("mo"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api("POST", "/api/v1/referrals/" + id + "/information", token("mo"), "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/audit", token("ada"), null).statusCode()).isEqualTo(403);

        // the audit chain names the provider's user
        HttpResponse<String> audit = api("GET", "/api/v1/audit?subject=" + id, basic("auditor"), null);
        assertThat(audit.body()).contains("ada.okafor@council.example");
    }

    @Test
    void theAgencyComesFromTheTokenThePoliceWorkerMayNotRecordTheDecision() throws Exception {
        String id = Referrals.newId();
        assertThat(api("POST", "/api/v1/referrals", token("kim"), Referrals.json(id)).statusCode()).isEqualTo(201);
        HttpResponse<String> police = api("POST", "/api/v1/referrals/" + id + "/decision", token("kim"), "{}");
        assertThat(police.statusCode()).isEqualTo(403);
        assertThat(police.body()).contains("kim.price@police.example works for POLICE");
        assertThat(api("POST", "/api/v1/referrals/" + id + "/decision", token("ada"), "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void clearancesComeFromTheTokenOnlyTheClearedPoliceWorkerReadsPoliceRestrictedInformation() throws Exception {
        String id = Referrals.newId();
        assertThat(api("POST", "/api/v1/referrals", token("ada"), RestrictedFinding.referral(id)).statusCode()).isEqualTo(201);
        assertThat(api("POST", "/api/v1/referrals/" + id + "/checks/POLICE_CHECK/result", basic("police"), RestrictedFinding.RESULT)
                .statusCode()).isEqualTo(200);
        String cleared = api("GET", "/api/v1/referrals/" + id, token("kim"), null).body();
        String uncleared = api("GET", "/api/v1/referrals/" + id, token("ada"), null).body();
        assertThat(cleared).contains("\"rule\":\"INDICATOR:EXPLOITATION_HIGH\"");
        assertThat(uncleared).contains(id);
        RestrictedFinding.SECRETS.forEach(secret -> assertThat(uncleared).doesNotContain(secret));
    }

    @Test
    void aForgedOrMissingTokenIs401AndPasswordsStillWork() throws Exception {
        String forged = token("ada").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl");
        assertThat(api("GET", "/api/v1/referrals", "Bearer " + forged.substring("Bearer ".length()), null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/referrals", null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/referrals", basic("worker"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aWorkerSignsInToThePagesThroughTheProvider() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String signInPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(signInPage).contains("Sign in with your council account").contains("/oauth2/authorization/council");

        // a page asked for before signing in: the service's sign-in page, whose council button leads to the provider's form
        assertThat(browser.send(get("/referrals/new"), HttpResponse.BodyHandlers.ofString()).uri().getPath()).isEqualTo("/login");
        HttpResponse<String> providerLogin = browser.send(get("/oauth2/authorization/council"), HttpResponse.BodyHandlers.ofString());
        assertThat(providerLogin.uri().getHost()).isEqualTo("127.0.0.1");
        String form = "username=ada&password=council&_csrf=" + URLEncoder.encode(csrf(providerLogin.body()), StandardCharsets.UTF_8);
        HttpResponse<String> newReferral = browser.send(HttpRequest.newBuilder(providerLogin.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        // back on the service, signed in as the provider's user, on the page first asked for
        assertThat(newReferral.uri().toString()).startsWith("http://localhost:" + port + "/referrals/new");
        assertThat(newReferral.statusCode()).isEqualTo(200);
        assertThat(newReferral.body()).contains("ada.okafor@council.example");
        assertThat(browser.send(get("/plans"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpResponse<String> api(String method, String path, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A client-credentials access token from the provider carrying the person's claims. */
    private static String token(String person) throws IOException, InterruptedException {
        HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(CouncilIdentityProvider.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (person + ":" + CouncilIdentityProvider.SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).as(issued.body()).isTrue();
        return "Bearer " + token.group(1);
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }
}
