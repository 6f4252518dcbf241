package frontdoor.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import frontdoor.client.ApiClient;
import frontdoor.client.ApiException;
import frontdoor.client.api.DecisionsApi;
import frontdoor.client.api.PlansApi;
import frontdoor.client.api.ReferralsApi;
import frontdoor.client.api.RosterApi;
import frontdoor.client.model.Child;
import frontdoor.client.model.Concern;
import frontdoor.client.model.Decision;
import frontdoor.client.model.DecisionRequest;
import frontdoor.client.model.History;
import frontdoor.client.model.PlanView;
import frontdoor.client.model.Problem;
import frontdoor.client.model.Recommendation;
import frontdoor.client.model.Referral;
import frontdoor.client.model.Source;
import frontdoor.client.model.Staff;
import frontdoor.client.model.Submission;
import frontdoor.client.model.Window;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Java client generated from the committed OpenAPI document (the same as the served one: ApiDocumentTest)
 * sends the contract's referral and reads the typed recommendation, a refusal's problem body, a refusal
 * made before the operation runs (also a problem), a decision and a plan, over HTTP from the running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"frontdoor.allocation.solve-seconds=2", "frontdoor.allocation.watch-seconds=0"})
@ActiveProfiles({"test", "demo"})
class GeneratedClientTest {
    @LocalServerPort
    int port;

    ApiClient as(String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client.setRequestInterceptor(r -> r.header("Authorization", "Basic " + basic));
    }

    static Referral referral(String id, OffsetDateTime receivedAt) {
        return new Referral().referralId(id).receivedAt(receivedAt)
                .source(new Source().agency(Source.AgencyEnum.POLICE).method(Source.MethodEnum.POLICE_NOTIFICATION))
                .child(new Child().childId("C-88").familyId("F-31").dateOfBirth(receivedAt.toLocalDate().minusMonths(5))
                        .unborn(false).disabled(false).inArea(true))
                .consent(Referral.ConsentEnum.NOT_SOUGHT)
                .concerns(List.of(new Concern().code("DOMESTIC_ABUSE_HIGH").agency(Concern.AgencyEnum.POLICE).note("free text, never logged")))
                .history(new History().openCase(false).contactsLast12Months(1).previousChildProtectionPlan(false).earlyHelpOpen(false));
    }

    @Test
    void aReferralGetsItsTypedRecommendation() throws Exception {
        String id = "T-" + UUID.randomUUID();
        Submission answer = new ReferralsApi(as("worker")).submit(referral(id, OffsetDateTime.parse("2026-11-23T09:15:00Z")));

        Recommendation r = answer.getRecommendation();
        assertThat(answer.getReferralId()).isEqualTo(id);
        assertThat(r.getThresholdLevel()).isEqualTo(4);
        assertThat(r.getThresholdName()).isEqualTo(Recommendation.ThresholdNameEnum.CHILD_PROTECTION);
        assertThat(r.getRag()).isEqualTo(Recommendation.RagEnum.RED);
        assertThat(r.getScreeningDueBy()).isEqualTo(OffsetDateTime.parse("2026-11-23T13:15:00Z"));
        assertThat(r.getPathway()).isEqualTo("STRATEGY_DISCUSSION");
        assertThat(r.getActions()).contains("MARAC_REFERRAL");
        assertThat(r.getReasons()).anySatisfy(reason -> {
            assertThat(reason.getRule()).isEqualTo("INDICATOR:DOMESTIC_ABUSE_HIGH");
            assertThat(reason.getEvidence()).anySatisfy(e -> assertThat(e.getCode()).isEqualTo("DOMESTIC_ABUSE_HIGH"));
        });
        assertThat(r.getPolicyVersion()).isNotBlank();
    }

    @Test
    void badInputIsATypedProblemNamingEveryBrokenField() throws Exception {
        ApiClient client = as("worker");
        Referral broken = referral("not an id!", OffsetDateTime.parse("2026-11-23T09:15:00Z"));
        broken.getConcerns().get(0).code("NO_SUCH_CODE");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new ReferralsApi(client).submit(broken));

        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(e -> e.getPath()).contains("$.referralId", "$.concerns[0].code");
    }

    @Test
    void aRefusalBeforeTheOperationIsATypedProblem() throws Exception {
        ApiClient client = as("auditor");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new ReferralsApi(client).submit(referral("T-" + UUID.randomUUID(), OffsetDateTime.parse("2026-11-23T09:15:00Z"))));

        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getDetail()).isEqualTo("The user's roles do not allow this operation.");
        assertThat(problem.getInstance()).isEqualTo("/api/v1/referrals");
    }

    @Test
    void aDecisionAndAPlanAreTyped() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        Staff worker = new Staff().id("GC-1").agency(Staff.AgencyEnum.SOCIAL_CARE)
                .skills(List.of(Staff.SkillsEnum.QUALIFIED_SOCIAL_WORKER, Staff.SkillsEnum.SOCIAL_CARE_SYSTEMS, Staff.SkillsEnum.POLICE_SYSTEMS))
                .windows(List.of(new Window().start(now.minusHours(1)).end(now.plus(Duration.ofHours(8)))));
        RosterApi roster = new RosterApi(as("manager"));
        assertThat(roster.put("GC-1", worker).getId()).isEqualTo("GC-1");
        String id = "T-" + UUID.randomUUID();
        new ReferralsApi(as("worker")).submit(referral(id, now.minusMinutes(5)));

        PlansApi plans = new PlansApi(as("manager"));
        PlanView plan = plans.start();
        assertThat(plan.getId()).isNotBlank();
        assertThat(plan.getInput().getTasks()).anySatisfy(t -> assertThat(t.getReferralId()).isEqualTo(id));
        assertThat(plan.getPlan().getScore()).isNotBlank();
        PlanView stopped = plans.stop(plan.getId());
        assertThat(stopped.getStatus()).isIn("STOPPED", "DONE");

        Decision decision = new DecisionsApi(as("worker")).decide(id, new DecisionRequest().thresholdLevel(4)
                .rag(DecisionRequest.RagEnum.RED).pathway("STRATEGY_DISCUSSION").actions(List.of("MARAC_REFERRAL"))
                .rationale("As recommended: high-risk domestic abuse with a baby in the home."));
        assertThat(decision.getRag()).isEqualTo(Decision.RagEnum.RED);
        assertThat(decision.getDecidedBy()).isEqualTo("worker");
        roster.delete("GC-1");
    }
}
