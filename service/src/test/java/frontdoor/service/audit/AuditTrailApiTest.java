package frontdoor.service.audit;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.ServiceTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/audit}: each filter alone and together, paging with its headers, and bad parameters
 * named. One referral is sent by the worker and opened twice by the auditor and once by the manager.
 */
@ServiceTest
class AuditTrailApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyHolder policy;
    String id;
    LocalDate today;

    @BeforeEach
    void oneReferralSeenThreeTimes() throws Exception {
        id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        get(mvc, "auditor", "/api/v1/referrals/" + id);
        get(mvc, "manager", "/api/v1/referrals/" + id);
        get(mvc, "auditor", "/api/v1/referrals/" + id);
        today = LocalDate.now(policy.current().zone());
    }

    @Test
    void theSubjectsTrailOldestFirst() throws Exception {
        get(mvc, "auditor", "/api/v1/audit?subject=" + id).andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "4")).andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].action").value("RECOMMENDED")).andExpect(jsonPath("$[0].actor").value("worker"))
                .andExpect(jsonPath("$[2].actor").value("manager"));
    }

    @Test
    void eachFilterNarrowsTheTrail() throws Exception {
        get(mvc, "auditor", "/api/v1/audit?subject=" + id + "&actor=auditor")
                .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[*].actor", everyItem(is("auditor"))));
        get(mvc, "auditor", "/api/v1/audit?subject=" + id + "&action=viewed")
                .andExpect(jsonPath("$", hasSize(3))).andExpect(jsonPath("$[*].action", everyItem(is("VIEWED"))));
        get(mvc, "auditor", "/api/v1/audit?action=RECOMMENDED&actor=worker&size=1000")
                .andExpect(jsonPath("$[*].action", everyItem(is("RECOMMENDED")))).andExpect(jsonPath("$[*].actor", everyItem(is("worker"))));
        get(mvc, "auditor", "/api/v1/audit?subject=" + id + "&from=" + today + "&to=" + today).andExpect(jsonPath("$", hasSize(4)));
        get(mvc, "auditor", "/api/v1/audit?subject=" + id + "&from=" + today.plusDays(1)).andExpect(jsonPath("$", hasSize(0)));
        get(mvc, "auditor", "/api/v1/audit?subject=" + id + "&to=" + today.minusDays(1)).andExpect(jsonPath("$", hasSize(0)))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void pagesWithLinks() throws Exception {
        String base = "/api/v1/audit?subject=" + id + "&size=3";
        get(mvc, "auditor", base).andExpect(jsonPath("$", hasSize(3))).andExpect(jsonPath("$[0].action").value("RECOMMENDED"))
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().string("Link", containsString("page=1>; rel=\"next\"")));
        get(mvc, "auditor", base + "&page=1").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").value("auditor"))
                .andExpect(header().string("Link", containsString("page=0>; rel=\"prev\"")))
                .andExpect(header().string("Link", org.hamcrest.Matchers.not(containsString("next"))));
    }

    @Test
    void badParametersAreNamedAndOthersRefused() throws Exception {
        get(mvc, "auditor", "/api/v1/audit?action=ERASED&from=23/11/2026&page=-1&size=0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder("page", "size", "action", "from")));
        get(mvc, "auditor", "/api/v1/audit?from=2026-11-23&to=2026-11-22").andExpect(status().isBadRequest());
        get(mvc, "worker", "/api/v1/audit?subject=" + id).andExpect(status().isForbidden());
        get(mvc, "manager", "/api/v1/audit").andExpect(status().isForbidden());
    }
}
