package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.PlanInput;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.RagRating;
import frontdoor.service.Referrals;
import frontdoor.service.ServiceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A check result that raises a referral to RED is a live change to today's standing plan at once (the watch
 * is off here, so it is the result that re-plans): the referral's tasks are RED, due with the new due time,
 * and the check done is not planned again.
 */
@ServiceTest
@TestPropertySource(properties = {"frontdoor.allocation.solve-seconds=3", "frontdoor.allocation.watch-seconds=0"})
class RiseToRedReplansTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aResultThatRaisesAReferralToRedReplansTheStandingPlan() throws Exception {
        Day day = new Day(mvc);
        day.team();
        String id = Referrals.newId();
        String amber = """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "dateOfBirth": "2019-03-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "EDUCATION"}]}""".formatted(id, Instant.now().minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS), id);
        assertThat(Referrals.submit(mvc, amber).andReturn().getResponse().getStatus()).isEqualTo(201);
        String plan = day.start().get("id").asText();
        assertThat(tasks(day.finished(plan), id)).extracting(PlanInput.Task::rag).containsOnly(RagRating.AMBER);

        JsonNode revision = frontdoor.rules.Json.MAPPER.readTree(Referrals.post(mvc, "worker", "/api/v1/referrals/" + id + "/checks/POLICE_CHECK/result",
                "{\"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"CHILD_ABANDONED_OR_LEFT_ALONE\", \"agency\": \"POLICE\"}]}")
                .andReturn().getResponse().getContentAsString());
        assertThat(revision.get("recommendation").get("rag").asText()).isEqualTo("RED");
        JsonNode view = day.get(plan);
        assertThat(view.get("revision").asInt()).isEqualTo(2);
        assertThat(view.get("lastChange").asText()).isEqualTo("referral " + id + " arrived");
        List<PlanInput.Task> tasks = tasks(view, id);
        assertThat(tasks).extracting(PlanInput.Task::rag).containsOnly(RagRating.RED);
        assertThat(tasks).extracting(PlanInput.Task::dueBy).containsOnly(Instant.parse(revision.get("screeningDueBy").asText()));
        assertThat(tasks).extracting(PlanInput.Task::kind).doesNotContain(TaskKind.POLICE_CHECK)
                .contains(TaskKind.HEALTH_CHECK, TaskKind.SOCIAL_CARE_CHECK, TaskKind.SCREENING_DECISION);
        day.finished(plan);
    }

    private static List<PlanInput.Task> tasks(JsonNode view, String referralId) throws Exception {
        return Day.input(view).tasks().stream().filter(t -> t.referralId().equals(referralId)).toList();
    }
}
