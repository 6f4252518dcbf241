package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import frontdoor.service.Referrals;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP (MockMvc does not forward to the error answer): what the API answers when it refuses a call
 * before any operation runs is an RFC 9457 problem like every other refusal, and the refused call did nothing.
 * Same configuration as {@link GeneratedClientTest}, so the two share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontdoor.allocation.solve-seconds=2", "frontdoor.allocation.watch-seconds=0"})
@ActiveProfiles({"test", "demo"})
class RefusedBeforeTheOperationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpRequest.Builder call(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    /** The answer is a problem of {@code status} about {@code path}, with {@code detail}. */
    static void assertProblem(HttpResponse<String> answer, int status, String path, String detail) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(path);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }

    @Test
    void noOrWrongCredentialsAre401ProblemsAskingForBasic() throws Exception {
        String referral = Referrals.json("T-" + UUID.randomUUID());
        for (String user : new String[] {null, "nobody"}) {
            HttpResponse<String> answer = send(call("/api/v1/referrals", user).header("Content-Type", "application/json").POST(body(referral)));
            assertProblem(answer, 401, "/api/v1/referrals", Refusal.UNAUTHENTICATED.description());
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Frontdoor\"");
        }
    }

    @Test
    void aRoleThatDoesNotAllowTheCallIsA403Problem() throws Exception {
        HttpResponse<String> answer = send(call("/api/v1/referrals", "auditor").header("Content-Type", "application/json")
                .header("Accept", "application/problem+json").POST(body(Referrals.json("T-" + UUID.randomUUID()))));
        assertProblem(answer, 403, "/api/v1/referrals", Refusal.FORBIDDEN.description());
    }

    @Test
    void anAnswerTheClientCannotReadIsRefused406BeforeTheReferralIsStored() throws Exception {
        String id = "T-" + UUID.randomUUID();
        HttpResponse<String> answer = send(call("/api/v1/referrals", "worker").header("Content-Type", "application/json")
                .header("Accept", "application/xml").POST(body(Referrals.json(id))));
        assertProblem(answer, 406, "/api/v1/referrals", Refusal.NOT_ACCEPTABLE.description());
        assertThat(send(call("/api/v1/referrals/" + id, "worker").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() throws Exception {
        String id = "T-" + UUID.randomUUID();
        HttpResponse<String> answer = send(call("/api/v1/referrals", "worker").header("Content-Type", "text/plain").POST(body(Referrals.json(id))));
        assertProblem(answer, 415, "/api/v1/referrals", Refusal.UNSUPPORTED_MEDIA_TYPE.description());
        assertThat(send(call("/api/v1/referrals/" + id, "worker").GET()).statusCode()).isEqualTo(404);
    }

    /**
     * A path or method the API does not name is refused by the security rules (never reached) as a 403 problem.
     * (A browser's error page, templates/error/, is WorkerPagesBrowserTest's.)
     */
    @Test
    void aPathOrMethodTheApiDoesNotNameIsA403Problem() throws Exception {
        assertProblem(send(call("/api/v1/no-such-thing", "worker").GET()), 403, "/api/v1/no-such-thing", Refusal.FORBIDDEN.description());
        assertProblem(send(call("/api/v1/referrals", "worker").DELETE()), 403, "/api/v1/referrals", Refusal.FORBIDDEN.description());
    }
}
