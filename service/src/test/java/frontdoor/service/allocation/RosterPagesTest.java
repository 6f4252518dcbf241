package frontdoor.service.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.domain.Skill;
import frontdoor.rules.Agency;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The roster pages over the whole service: the forms go through StaffForm and Roster as the API does; other roles get 403. */
@AllocationTest
class RosterPagesTest {
    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Roster roster;

    @Test
    void aManagerAddsChangesAndRemovesAStaffMember() throws Exception {
        mvc.perform(post("/roster/new").with(MANAGER).with(csrf()).param("id", "PG-HE-1").param("agency", "HEALTH")
                        .param("skills", "HEALTH_SYSTEMS").param("windows[0].start", "09:00").param("windows[0].end", "13:00")
                        .param("windows[1].start", "14:00").param("windows[1].end", "17:30"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/roster"));
        Staff added = roster.find("PG-HE-1").orElseThrow();
        assertThat(added.agency()).isEqualTo(Agency.HEALTH);
        assertThat(added.skills()).containsExactly(Skill.HEALTH_SYSTEMS);
        assertThat(added.windows()).hasSize(2);
        assertThat(added.windows().get(1).end().atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(17, 30));
        assertThat(page("/roster")).contains("PG-HE-1", "Health systems", "9:00am to 1:00pm", "2:00pm to 5:30pm");
        assertThat(page("/roster/PG-HE-1/edit")).contains("value=\"09:00\"", "value=\"17:30\"");

        mvc.perform(post("/roster/PG-HE-1/edit").with(MANAGER).with(csrf()).param("agency", "HEALTH").param("skills", "HEALTH_SYSTEMS"))
                .andExpect(status().is3xxRedirection());
        assertThat(roster.find("PG-HE-1").orElseThrow().windows()).as("a day off").isEmpty();
        assertThat(page("/roster")).contains("Day off");

        // Remove asks first: the list links to a question, which removes nobody until it is answered
        assertThat(page("/roster")).contains("href=\"/roster/PG-HE-1/remove\"");
        assertThat(page("/roster/PG-HE-1/remove")).contains("Remove PG-HE-1 from the roster?", "Yes, remove PG-HE-1", "Health: Health systems",
                "Someone has gone home");
        assertThat(roster.find("PG-HE-1")).isPresent();
        mvc.perform(post("/roster/PG-HE-1/remove").with(MANAGER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(roster.find("PG-HE-1")).isEmpty();
        mvc.perform(post("/roster/PG-HE-1/remove").with(MANAGER).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aBrokenStaffMemberComesBackWithEveryProblemAndNothingStored() throws Exception {
        String page = mvc.perform(post("/roster/new").with(MANAGER).with(csrf()).param("id", "PG bad id")
                        .param("windows[1].start", "9am").param("windows[1].end", "10:00")
                        .param("windows[2].start", "15:00").param("windows[2].end", "14:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#id\"", "href=\"#agency\"", "href=\"#window-1-start\"",
                "href=\"#window-2-end\"", "The end of working window 3 must be after its start", "value=\"9am\"");
        assertThat(page).doesNotContain("href=\"#window-0-start\"");
        assertThat(roster.all()).noneMatch(s -> s.id().startsWith("PG"));

        mvc.perform(post("/roster/new").with(MANAGER).with(csrf()).param("id", "PG-PO-1").param("agency", "POLICE")
                .param("skills", "POLICE_SYSTEMS")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/roster/new").with(MANAGER).with(csrf()).param("id", "PG-PO-1").param("agency", "HEALTH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("already has this staff id");
        assertThat(roster.find("PG-PO-1").orElseThrow().agency()).isEqualTo(Agency.POLICE);
        roster.delete("PG-PO-1", "test");
    }

    @Test
    void otherRolesAreRefusedAndFormsNeedTheirToken() throws Exception {
        for (String role : new String[] {"WORKER", "PRACTICE_LEAD", "AUDITOR"}) {
            mvc.perform(get("/roster").with(user("someone").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get("/plans").with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/roster/new").with(MANAGER).param("id", "PG-X")).andExpect(status().isForbidden());
        mvc.perform(get("/roster/NOBODY/edit").with(MANAGER)).andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
