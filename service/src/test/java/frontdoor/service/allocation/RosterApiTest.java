package frontdoor.service.allocation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The roster: a manager adds, replaces and removes staff; bad input names every problem; other roles are refused. */
@ServiceTest
class RosterApiTest {
    static final String S = """
            { "id": "RT-1", "agency": "HEALTH", "skills": ["HEALTH_SYSTEMS"],
              "windows": [ { "start": "2026-03-10T09:00:00Z", "end": "2026-03-10T13:00:00Z" } ] }""";

    @Autowired
    MockMvc mvc;

    @Test
    void aManagerAddsReplacesAndRemovesAStaffMember() throws Exception {
        mvc.perform(put("/api/v1/roster/RT-1").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON).content(S))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.skills[0]").value("HEALTH_SYSTEMS"));
        mvc.perform(put("/api/v1/roster/RT-1").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(S.replace("13:00", "17:00")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/roster").with(httpBasic("manager", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'RT-1')].windows[0].end").value(hasItem("2026-03-10T17:00:00Z")));
        mvc.perform(delete("/api/v1/roster/RT-1").with(httpBasic("manager", "demo"))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/roster/RT-1").with(httpBasic("manager", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/roster/RT-1").with(httpBasic("manager", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void badInputNamesEveryProblemAndStoresNothing() throws Exception {
        String bad = """
                { "id": "RT-9", "agency": "ASTROLOGY", "skills": ["HEALTH_SYSTEMS", "FLYING"], "colour": "red",
                  "windows": [ { "start": "2026-03-10T13:00:00Z", "end": "2026-03-10T09:00:00Z" },
                               { "start": "2026-03-10T14:00:30Z", "end": "tomorrow" } ] }""";
        mvc.perform(put("/api/v1/roster/RT-2").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder("$.colour", "$.agency", "$.skills[1]",
                        "$.windows[0].end", "$.windows[1].end", "$.windows[1].start", "$.id")));
        mvc.perform(get("/api/v1/roster/RT-2").with(httpBasic("manager", "demo"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/roster/RT-2").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$"));
    }

    @Test
    void onlyAManagerKeepsTheRoster() throws Exception {
        for (String user : new String[] {"worker", "lead", "auditor"}) {
            mvc.perform(get("/api/v1/roster").with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/roster/RT-3").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content(S.replace("RT-1", "RT-3"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/roster")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/roster/RT-3")).andExpect(status().isUnauthorized());
    }

    @Test
    void aKeyGivenTwiceOrContentAfterTheEntryIsRefusedAndNothingStored() throws Exception {
        String twice = S.replace("RT-1", "RT-4").replace("\"agency\": \"HEALTH\",", "\"agency\": \"HEALTH\", \"agency\": \"POLICE\",");
        mvc.perform(put("/api/v1/roster/RT-4").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON).content(twice))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.agency"));
        mvc.perform(put("/api/v1/roster/RT-4").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(S.replace("RT-1", "RT-4") + " {}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].reason").value("content after the JSON value"));
        mvc.perform(get("/api/v1/roster/RT-4").with(httpBasic("manager", "demo"))).andExpect(status().isNotFound());
    }

    /** A staff member with no window today (a day off) once answered 500: now stored, planning nothing. */
    @Test
    void aDayOffIsStoredWithNoWindows() throws Exception {
        String dayOff = "{ \"id\": \"RT-5\", \"agency\": \"POLICE\", \"skills\": [\"POLICE_SYSTEMS\"], \"windows\": [] }";
        mvc.perform(put("/api/v1/roster/RT-5").with(httpBasic("manager", "demo")).contentType(MediaType.APPLICATION_JSON).content(dayOff))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.windows").isEmpty());
        mvc.perform(get("/api/v1/roster/RT-5").with(httpBasic("manager", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.agency").value("POLICE")).andExpect(jsonPath("$.windows").isEmpty());
        mvc.perform(delete("/api/v1/roster/RT-5").with(httpBasic("manager", "demo"))).andExpect(status().isNoContent());
    }
}
