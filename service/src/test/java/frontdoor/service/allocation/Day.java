package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan;
import frontdoor.planner.PlanChecker;
import frontdoor.planner.PlanInput;
import frontdoor.rules.Json;
import frontdoor.service.Referrals;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A small team working from an hour ago to eight hours from now, RED referrals received now, and plan requests as the manager. */
public final class Day {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    public static final String[][] TEAM = {
            {"SW-1", "SOCIAL_CARE", "QUALIFIED_SOCIAL_WORKER\", \"SOCIAL_CARE_SYSTEMS"},
            {"SW-2", "SOCIAL_CARE", "QUALIFIED_SOCIAL_WORKER\", \"SOCIAL_CARE_SYSTEMS"},
            {"SW-3", "SOCIAL_CARE", "QUALIFIED_SOCIAL_WORKER\", \"SOCIAL_CARE_SYSTEMS"},
            {"PO-1", "POLICE", "POLICE_SYSTEMS"},
            {"PO-2", "POLICE", "POLICE_SYSTEMS"},
            {"HE-1", "HEALTH", "HEALTH_SYSTEMS"},
            {"HE-2", "HEALTH", "HEALTH_SYSTEMS"},
            {"ED-1", "EDUCATION", "EDUCATION_SYSTEMS"},
            {"MG-1", "SOCIAL_CARE", "MASH_MANAGER"}};

    private final MockMvc mvc;
    private final List<String> referrals = new ArrayList<>();

    Day(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String staff(String id, String agency, String skills) {
        return """
                { "id": "%s", "agency": "%s", "skills": ["%s"], "windows": [ { "start": "%s", "end": "%s" } ] }"""
                .formatted(id, agency, skills, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(8)));
    }

    void team() throws Exception {
        for (String[] s : TEAM) {
            send(MockMvcRequestBuilders.put("/api/v1/roster/" + s[0]), staff(s[0], s[1], s[2]));
        }
    }

    /** A RED referral (STRATEGY_DISCUSSION: four checks, decision, sign-off), received {@code ago} before now. */
    String referral(Duration ago) throws Exception {
        String id = Referrals.newId();
        String body = Referrals.received(id, Instant.now().minus(ago));
        assertThat(Referrals.submit(mvc, body).andReturn().getResponse().getStatus()).isEqualTo(201);
        referrals.add(id);
        return id;
    }

    /** Decides this day's referrals and signs them off: they leave screening, so the next test class plans only its own. */
    void decideAll() throws Exception {
        for (String id : referrals) {
            assertThat(Referrals.post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                    "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\", \"actions\": [\"MARAC_REFERRAL\"],"
                            + " \"rationale\": \"As recommended\"}")
                    .andReturn().getResponse().getStatus()).isEqualTo(201);
            assertThat(Referrals.post(mvc, "manager", "/api/v1/referrals/" + id + "/decision/sign-off", "{}")
                    .andReturn().getResponse().getStatus()).isEqualTo(201);
        }
        referrals.clear();
    }

    MvcResult send(MockHttpServletRequestBuilder request, String body) throws Exception {
        request = request.with(httpBasic("manager", "demo"));
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    JsonNode start() throws Exception {
        MvcResult r = send(MockMvcRequestBuilders.post("/api/v1/plans"), null);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(202);
        return checked(r);
    }

    JsonNode get(String id) throws Exception {
        return checked(send(MockMvcRequestBuilders.get("/api/v1/plans/" + id), null));
    }

    JsonNode change(String id, String change) throws Exception {
        MvcResult r = send(MockMvcRequestBuilders.post("/api/v1/plans/" + id + "/changes"), change);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(202);
        return checked(r);
    }

    JsonNode stop(String id) throws Exception {
        return checked(send(MockMvcRequestBuilders.delete("/api/v1/plans/" + id), null));
    }

    /** Polls until solving has ended (at most 20 s). */
    JsonNode finished(String id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode view = get(id);
        while (view.get("status").asText().equals("SOLVING") && System.nanoTime() < until) {
            Thread.sleep(200);
            view = get(id);
        }
        return view;
    }

    /** Every plan the tests get is checked by the planner's independent checker against the input it solves. */
    static JsonNode checked(MvcResult result) throws Exception {
        JsonNode view = Json.MAPPER.readTree(result.getResponse().getContentAsString());
        assertThat(result.getResponse().getStatus()).as(view.toString()).isLessThan(300);
        return checked(view);
    }

    /** A plan view (the API's JSON) whose plan, if any, breaks no hard rule by the independent checker. */
    public static JsonNode checked(JsonNode view) throws Exception {
        if (view.hasNonNull("plan")) {
            assertThat(PlanChecker.violations(input(view), plan(view))).as("hard-rule breaches").isEmpty();
            assertThat(plan(view).score()).startsWith("0hard/");
        }
        return view;
    }

    static Plan plan(JsonNode view) throws Exception {
        return Json.MAPPER.treeToValue(view.get("plan"), Plan.class);
    }

    static PlanInput input(JsonNode view) throws Exception {
        return Json.MAPPER.treeToValue(view.get("input"), PlanInput.class);
    }
}
