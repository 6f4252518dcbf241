package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.planner.PlanInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The plan page over the whole service: start, the timeline, progress, changes through the API's rules, refusals in the error summary. */
@AllocationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPagesTest {
    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    AllocationService service;
    @Autowired
    Roster roster;
    Day day;

    @BeforeAll
    void aTeamAndTheirWork() throws Exception {
        day = new Day(mvc);
        day.team();
        day.referral(Duration.ofMinutes(2));
        day.referral(Duration.ofMinutes(3));
    }

    @AfterAll
    void theirWorkIsDecided() throws Exception {
        day.decideAll();
        day.team();
    }

    @Test
    void aManagerStartsAPlanReadsItAndChangesIt() throws Exception {
        String location = mvc.perform(post("/plans").with(MANAGER).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/plans/".length());
        String page = page(location);
        assertThat(page).contains("id=\"timeline\"", "id=\"row-SW-1\"", "class=\"fd-block fd-block--red\"", "Red: police check of",
                "id=\"progress\"", "What the plan costs, rule by rule", "Referral missed", "Workload imbalance");
        assertThat(page(location + "/progress")).contains("id=\"progress\"", "id=\"score\"").doesNotContain("<html");
        assertThat(page("/plans")).as("the latest plan by default").contains("/plans/" + id + "/changes");
        assertThat(page("/")).as("the manager's home page").contains("id=\"plan-late\"", "id=\"plan-unassigned\"", "href=\"/roster\"");

        PlanView before = service.view(id);
        java.util.Set<String> awaitingDecision = before.input().tasks().stream().filter(t -> t.kind().name().equals("SCREENING_DECISION"))
                .map(PlanInput.Task::referralId).collect(java.util.stream.Collectors.toSet());
        String task = before.input().tasks().stream() // the last task of a referral in screening (not another test's decided one)
                .filter(t -> t.kind().name().equals("MANAGER_SIGN_OFF") && awaitingDecision.contains(t.referralId())).findFirst().orElseThrow().id();
        mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "PIN").param("taskId", task))
                .andExpect(status().is3xxRedirection());
        assertThat(service.view(id).input().tasks()).filteredOn(t -> t.id().equals(task)).extracting(PlanInput.Task::pinned).doesNotContainNull();
        assertThat(page(location)).contains("P</span>", "; pinned", "id=\"unpin-taskId\"");

        String refused = mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "PIN").param("taskId", task)
                        .param("staffId", "ED-1").param("start", "half two"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary", "href=\"#pin-start\"", "as a time on the 24-hour clock", "value=\"half two\"");
        String noSkill = mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "PIN").param("taskId", task)
                        .param("staffId", "PO-1").param("start", "23:55"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noSkill).contains("href=\"#pin-staffId\"", "Worker does not have");

        mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "WORKER_LEFT").param("staffId", ""))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("href=\"#left-staffId\""));
        mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "WORKER_LEFT").param("staffId", "SW-3"))
                .andExpect(status().is3xxRedirection());
        assertThat(roster.find("SW-3").orElseThrow().windows()).allMatch(w -> !w.end().isAfter(Instant.now().plusSeconds(60)));
        assertThat(service.view(id).plan().assignments()).noneMatch(a -> a.staffId().equals("SW-3") && a.start().isAfter(Instant.now().plusSeconds(600)));

        mvc.perform(post(location + "/changes").with(MANAGER).with(csrf()).param("type", "REPLAN")).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/stop").with(MANAGER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(service.view(id).status()).isIn("STOPPED", "DONE");
        assertThat(page(location)).doesNotContain("hx-get").contains("Show the plan as it stands");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
