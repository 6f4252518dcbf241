package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The served document's examples are true: every request-body example is sent, as it stands, to its operation
 * in the running service, by the user whose work it is and in the state it needs (a referral, a plan, a
 * draft), and is accepted; every answer example fits its own schema (SchemaCheck). Two things are the test's
 * own: the example referral's id becomes a new one (the database is shared), and every instant moves from the
 * examples' day (ApiExamples.NOW) onto now, so the roster's windows and a pinned task's start are today's.
 */
@ServiceTest
@TestPropertySource(properties = {"frontdoor.allocation.solve-seconds=3", "frontdoor.allocation.max-solving=2",
        "frontdoor.allocation.watch-seconds=0"})
class ExamplesAreHonestTest {
    static final String EXAMPLE_REFERRAL = "R-2026-000123";
    static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    @Autowired
    MockMvc mvc;
    JsonNode document;
    final String referral = "T-" + UUID.randomUUID();
    final Duration shift = Duration.between(Instant.parse(ApiExamples.NOW), Instant.now().truncatedTo(ChronoUnit.MINUTES));
    final Map<String, Map<String, JsonNode>> examples = new LinkedHashMap<>();
    final List<String> sent = new ArrayList<>();

    @Test
    void everyAnswerExampleFitsItsSchema() throws Exception {
        serve();
        List<String> misfits = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> answer : op.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : answer.getValue().path("content").properties()) {
                        for (Map.Entry<String, JsonNode> example : named(media.getValue()).entrySet()) {
                            String at = op.getKey().toUpperCase() + " " + path.getKey() + " " + answer.getKey() + " " + example.getKey();
                            misfits.addAll(new SchemaCheck(document).misfits(at, media.getValue().path("schema"), example.getValue()));
                            shown.add(op.getValue().path("operationId").asText() + " " + answer.getKey());
                        }
                    }
                }
            }
        }
        assertThat(misfits).isEmpty();
        assertThat(shown).as("answers with an example").contains("submit 201", "view 200", "queue 200", "plan 200", "start 202",
                "analysis 200", "result 200", "decide 201", "signOff 201", "create 201", "check 200", "publish 200", "verify 200",
                "submit 400", "change 400");
    }

    @Test
    void everyRequestExampleIsAcceptedByTheService() throws Exception {
        serve();
        String staffId = examples.get("put").values().iterator().next().path("id").asText();
        send("put", "manager", "/api/v1/roster/" + staffId);
        send("submit", "worker", "/api/v1/referrals");
        String plan = call(HttpMethod.POST, "manager", "/api/v1/plans", null).path("id").asText();
        try {
            assertThat(examples.get("change").keySet()).containsExactlyInAnyOrderElementsOf(ApiExamples.names("PlanChange"));
            for (String change : ApiExamples.names("PlanChange")) { // in the files' order: arrival, move, pin, unpin, leaving, re-plan
                finished(plan);
                accepted("change", change, "manager", "/api/v1/plans/" + plan + "/changes", examples.get("change").get(change));
            }
        } finally {
            finished(plan);
            call(HttpMethod.DELETE, "manager", "/api/v1/plans/" + plan, null);
        }
        String at = "/api/v1/referrals/" + referral;
        send("information", "worker", at + "/information");
        send("consent", "worker", at + "/consent");
        send("result", "worker", at + "/checks/POLICE_CHECK/result");
        send("decide", "worker", at + "/decision");
        send("amend", "manager", at + "/decision/amendments");
        send("signOff", "manager", at + "/decision/sign-off");
        call(HttpMethod.DELETE, "manager", "/api/v1/roster/" + staffId, null);

        String inForce = call(HttpMethod.GET, "lead", "/api/v1/policy", null).path("inForce").asText();
        String draft = "/api/v1/policy/drafts/" + send("create", "lead", "/api/v1/policy/drafts").path("draftId").asText();
        String dmn = mvc.perform(MockMvcRequestBuilders.get(draft + "/files/screening.dmn").with(httpBasic("lead", "demo")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dmn).as("a sentence of the policy the draft changes, so it publishes as a new version").contains("<text>No row above matched.</text>");
        assertThat(mvc.perform(MockMvcRequestBuilders.put(draft + "/files/screening.dmn").with(httpBasic("lead", "demo"))
                .contentType(MediaType.TEXT_PLAIN).content(dmn.replace("<text>No row above matched.</text>",
                        "<text>No row above matched (" + referral + ").</text>"))).andReturn().getResponse().getStatus()).isEqualTo(200);
        send("approve", "lead2", draft + "/approve");
        send("impact", "lead", draft + "/impact");
        send("publish", "lead", draft + "/publish");
        send("republish", "lead", "/api/v1/policy/versions/" + inForce + "/publish");

        assertThat(sent).as("every request example sent").containsExactlyInAnyOrderElementsOf(everyRequestExample());
    }

    private void serve() throws Exception {
        document = StrictJson.DOCUMENT.tree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        for (JsonNode item : document.path("paths")) {
            for (JsonNode op : item) {
                JsonNode json = op.path("requestBody").path("content").path("application/json");
                if (!json.isMissingNode()) {
                    examples.put(op.path("operationId").asText(), named(json));
                }
            }
        }
    }

    private List<String> everyRequestExample() {
        List<String> all = new ArrayList<>();
        examples.forEach((op, named) -> named.keySet().forEach(name -> all.add(op + " " + name)));
        return all;
    }

    /** A media type's example (named "example") or named examples. */
    static Map<String, JsonNode> named(JsonNode media) {
        Map<String, JsonNode> named = new LinkedHashMap<>();
        if (media.has("example")) {
            named.put("example", media.get("example"));
        }
        media.path("examples").properties().forEach(e -> named.put(e.getKey(), e.getValue().path("value")));
        return named;
    }

    /** Sends each example of the operation; the answer to the last. */
    private JsonNode send(String operationId, String user, String path) throws Exception {
        assertThat(examples.get(operationId)).as("examples of " + operationId).isNotEmpty();
        JsonNode answer = null;
        for (Map.Entry<String, JsonNode> example : examples.get(operationId).entrySet()) {
            answer = accepted(operationId, example.getKey(), user, path, example.getValue());
        }
        return answer;
    }

    private JsonNode accepted(String operationId, String name, String user, String path, JsonNode example) throws Exception {
        HttpMethod method = operationId.equals("put") ? HttpMethod.PUT : HttpMethod.POST;
        JsonNode answer = call(method, user, path, today(example.toString().replace(EXAMPLE_REFERRAL, referral)));
        sent.add(operationId + " " + name);
        return answer;
    }

    private String today(String body) {
        Matcher m = INSTANT.matcher(body);
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(moved, Instant.parse(m.group()).plus(shift).toString());
        }
        return m.appendTail(moved).toString();
    }

    private JsonNode call(HttpMethod method, String user, String path, String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(httpBasic(user, "demo"));
        MvcResult r = mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        String text = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(method + " " + path + " " + body + " -> " + text).isBetween(200, 299);
        return text.isEmpty() ? null : StrictJson.DOCUMENT.tree(text);
    }

    private void finished(String plan) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (call(HttpMethod.GET, "manager", "/api/v1/plans/" + plan, null).path("status").asText().equals("SOLVING")
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }
}
