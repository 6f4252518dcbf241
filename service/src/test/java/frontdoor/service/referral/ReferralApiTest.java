package frontdoor.service.referral;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ReferralApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aNewReferralIsStoredAndAnswered201WithItsRecommendationAndReasons() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/referrals/" + id))
                .andExpect(jsonPath("$.referralId").value(id))
                .andExpect(jsonPath("$.status").value("AWAITING_DECISION"))
                .andExpect(jsonPath("$.recommendation.referralId").value(id))
                .andExpect(jsonPath("$.recommendation.thresholdLevel").value(4))
                .andExpect(jsonPath("$.recommendation.rag").value("RED"))
                .andExpect(jsonPath("$.recommendation.screeningDueBy").value("2026-11-23T13:15:00Z"))
                .andExpect(jsonPath("$.recommendation.pathway").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.recommendation.actions[0]").value("MARAC_REFERRAL"))
                .andExpect(jsonPath("$.recommendation.reasons[*].rule", hasItem("P5")))
                .andExpect(jsonPath("$.recommendation.policyVersion").isString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND action = 'RECOMMENDED'").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameReferralAgainAnswers200WithTheStoredResultAndStoresNothing() throws Exception {
        String id = newId();
        String first = submit(mvc, json(id)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long referrals = count("referral");
        long audit = count("audit_entry");
        // the same JSON, spaced and ordered differently, is the same referral
        String reordered = json(id).replace("\n", " ").replace("\"consent\": \"NOT_SOUGHT\",", "")
                .replace("\"concerns\":", "\"consent\": \"NOT_SOUGHT\", \"concerns\":");
        // the same content written another way: defaults and nulls left out, the same instant with a fraction
        String shorter = json(id).replace("\"unborn\": false, \"disabled\": false, \"inArea\": true", "\"disabled\": false")
                .replace("\"allocatedTeam\": null, ", "")
                .replace("2026-11-23T09:15:00Z", "2026-11-23T10:15:00.000+01:00");
        assertThat(shorter).doesNotContain("unborn", "allocatedTeam", "09:15:00Z");
        for (String again : new String[] {json(id), reordered, shorter}) {
            String second = submit(mvc, again).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(second).isEqualTo(first);
        }
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(count("audit_entry")).isEqualTo(audit);
    }

    @Test
    void referralsSentAtOnceAreEachStoredOnceWithAnIntactAuditChain() throws Exception {
        String shared = newId();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(i % 4 == 0 ? shared : newId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String id : ids) {
                statuses.add(pool.submit(() -> submit(mvc, json(id)).andReturn().getResponse().getStatus()));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                answers.add(f.get());
            }
            assertThat(answers).containsOnly(200, 201);
            assertThat(answers.stream().filter(s -> s == 201)).hasSize(31); // 30 distinct ids and the shared one once
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE referral_id = ?").param(shared).query(Long.class).single()).isEqualTo(1);
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true));
    }

    /** A client that cannot read JSON is told so before anything is done: nothing stored, evaluated or audited. */
    @Test
    void aReferralAskingForAnAnswerTheServiceCannotGiveIsRefused406AndNotStored() throws Exception {
        String id = newId();
        long audit = count("audit_entry");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/referrals")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("worker", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).accept(org.springframework.http.MediaType.APPLICATION_XML)
                .content(json(id))).andExpect(status().isNotAcceptable());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE referral_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(count("audit_entry")).isEqualTo(audit);
        submit(mvc, json(id)).andExpect(status().isCreated());
    }

    @Test
    void theSameIdWithAnotherBodyIsAConflict() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        long audit = count("audit_entry");
        submit(mvc, json(id).replace("NOT_SOUGHT", "GIVEN")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("referral " + id + " was received before with different content"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(409));
        assertThat(count("audit_entry")).isEqualTo(audit);
    }

    @Test
    void aReferralIsShownWithItsRecommendationAndTheViewIsAudited() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        get(mvc, "auditor", "/api/v1/referrals/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.referralId").value(id))
                .andExpect(jsonPath("$.referral.child.childId").value("C-88"))
                .andExpect(jsonPath("$.recommendation.pathway").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.decision").doesNotExist())
                .andExpect(jsonPath("$.amendments").isEmpty());
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE subject = ? AND action = 'VIEWED'").param(id)
                .query(String.class).list()).containsExactly("auditor");
        get(mvc, "worker", "/api/v1/referrals/NO-SUCH-REFERRAL").andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void theQueueFiltersByStatusAndRagOrdersByDueTimeAndPages() throws Exception {
        String green = newId();
        String red = newId();
        // GREEN: no concerns, police notification, received earlier but due later than the RED one
        submit(mvc, json(green).replace("\"receivedAt\": \"2026-11-23T09:15:00Z\"", "\"receivedAt\": \"2030-01-01T00:00:00Z\"")
                .replaceAll("\"concerns\": \\[.*\\],", "\"concerns\": [],")).andExpect(status().isCreated());
        submit(mvc, json(red).replace("2026-11-23T09:15:00Z", "2030-01-01T01:00:00Z")).andExpect(status().isCreated());
        String all = get(mvc, "worker", "/api/v1/referrals?size=100&status=AWAITING_DECISION").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(all.indexOf(red)).isPositive().isLessThan(all.indexOf(green));
        get(mvc, "lead", "/api/v1/referrals?rag=GREEN&size=100").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].referralId", hasItem(green)))
                .andExpect(jsonPath("$.items[*].rag", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("GREEN"))));
        get(mvc, "worker", "/api/v1/referrals?size=1&page=0").andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1));
        get(mvc, "worker", "/api/v1/referrals?status=DECIDED&rag=RED&size=100").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].referralId", org.hamcrest.Matchers.not(hasItem(red))));
    }

    @Test
    void badQueueParametersAre400NotServerErrors() throws Exception {
        for (String query : new String[] {"status=NOPE", "rag=PURPLE", "page=-1", "size=0", "size=101", "page=x", "size=99999999999"}) {
            get(mvc, "worker", "/api/v1/referrals?" + query).andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].path").value(query.substring(0, query.indexOf('='))));
        }
    }
}
