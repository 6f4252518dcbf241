package frontdoor.service.retention;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A retention run on a clock set in 2021 (so that only this test's referral, received in January 2020, and its
 * plans are old enough, whatever else the shared database holds): old plans go, a solving one stays; the
 * decided referral is anonymised everywhere it is stored, its outputs and age band kept; the run is audited
 * and the chain still verifies.
 */
@ServiceTest
class RetentionTest {
    static final String NOTE = "a-note-that-retention-removes";
    static final String RATIONALE = "a-rationale-that-retention-removes";
    static final Instant NOW = Instant.parse("2021-06-01T00:00:00Z");
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient client;
    @Autowired
    AuditLog audit;
    @Autowired
    PolicyHolder policy;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Retention service;

    Retention retention(Integer months) {
        return new Retention(client, audit, policy, Clock.fixed(NOW, ZoneOffset.UTC), 30, months);
    }

    @Test
    void oldPlansAreRemovedAndOldDecidedReferralsAnonymisedKeepingTheirOutputs() throws Exception {
        String id = newId();
        submit(mvc, json(id, "2019-09-02", NOTE).replace("2026-11-23T09:15:00Z", "2020-01-06T09:15:00Z")).andExpect(status().isCreated());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/information",
                "{\"agency\": \"HEALTH\", \"outcome\": \"NOTHING_KNOWN\", \"summary\": \"" + NOTE + "\"}").andExpect(status().isOk());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 3, \"rag\": \"AMBER\", \"pathway\": \"MASH_ENQUIRY\", \"actions\": [], \"rationale\": \"" + RATIONALE + "\"}")
                .andExpect(status().isCreated());
        post(mvc, "manager", "/api/v1/referrals/" + id + "/decision/sign-off", "{\"comment\": \"" + RATIONALE + "\"}")
                .andExpect(status().isCreated());
        String waiting = newId();
        submit(mvc, json(waiting, "2019-09-02", NOTE).replace("2026-11-23T09:15:00Z", "2020-01-07T09:15:00Z")).andExpect(status().isCreated());
        String old = plan("DONE", "2021-01-01T00:00:00Z");
        String solving = plan("SOLVING", "2021-01-01T00:00:00Z");
        String recent = plan("DONE", "2021-05-20T00:00:00Z");
        Map<String, Object> before = jdbc.queryForMap("SELECT rag, threshold_level, pathway, status, due_by FROM referral WHERE referral_id = ?", id);

        Retention.Run run = tx.execute(s -> retention(12).run());

        assertThat(run.plansRemoved()).isEqualTo(1);
        assertThat(run.referralsAnonymised()).isEqualTo(1);
        assertThat(run.oldReferralsStillOpen()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT id FROM allocation_plan WHERE id IN (?, ?, ?)", String.class, old, solving, recent))
                .containsExactlyInAnyOrder(solving, recent);
        Map<String, Object> after = jdbc.queryForMap("SELECT rag, threshold_level, pathway, status, due_by FROM referral WHERE referral_id = ?", id);
        assertThat(after).isEqualTo(before);
        Map<String, Object> row = jdbc.queryForMap("SELECT id, body, child_id, family_id, age_band, anonymised_at FROM referral WHERE referral_id = ?", id);
        assertThat(row.get("age_band")).isEqualTo("UNDER_1");
        assertThat(row.get("child_id")).isNull();
        assertThat(row.get("family_id")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        long key = ((Number) row.get("id")).longValue();
        List<String> stored = jdbc.queryForList("""
                SELECT body FROM referral WHERE id = ? UNION ALL SELECT input FROM revision WHERE referral = ?
                UNION ALL SELECT body FROM gathered WHERE referral = ? UNION ALL SELECT rationale FROM decision WHERE referral = ?
                UNION ALL SELECT comment FROM decision_sign_off WHERE referral = ?""",
                String.class, key, key, key, key, key);
        assertThat(String.join("\n", stored)).doesNotContain(NOTE, RATIONALE, "2019-09-02", "C-88", "F-31").contains(Scrub.REMOVED, "ANON-" + key);
        assertThat(jdbc.queryForObject("SELECT anonymised_at FROM referral WHERE referral_id = ?", OffsetDateTime.class, waiting))
                .as("awaiting a decision: kept whole").isNull();

        get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.rag").value("AMBER"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/referrals/" + id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("worker").roles("WORKER")))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NOTE))));
        assertThat(audit.latest(AuditAction.RETENTION_RUN).orElseThrow().detail())
                .isEqualTo("{\"plansRemoved\":1,\"planDays\":30,\"referralsAnonymised\":1,\"referralMonths\":12,\"oldReferralsStillOpen\":1}");
        assertThat(audit.verify().intact()).isTrue();

        assertThat(tx.execute(s -> retention(12).run()).referralsAnonymised()).as("once only").isZero();

        String draft = frontdoor.rules.StrictJson.DOCUMENT.tree(
                post(mvc, "lead", "/api/v1/policy/drafts", "{\"note\": \"after retention\"}").andExpect(status().isCreated())
                        .andReturn().getResponse().getContentAsString()).path("draftId").asText();
        post(mvc, "lead", "/api/v1/policy/drafts/" + draft + "/impact", "{\"from\": \"2020-01-06T00:00:00Z\", \"to\": \"2020-01-08T00:00:00Z\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.referrals").value(1)).andExpect(jsonPath("$.anonymisedLeftOut").value(1));
    }

    @Test
    void referralsAreKeptWholeUntilAPeriodIsSetAndNeverUnderTwelveMonths() throws Exception {
        String id = newId();
        submit(mvc, json(id, "2019-09-02", NOTE).replace("2026-11-23T09:15:00Z", "2020-02-03T09:15:00Z")).andExpect(status().isCreated());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\", \"actions\": [\"MARAC_REFERRAL\"], \"rationale\": \"agreed\"}").andExpect(status().isCreated());
        assertThat(tx.execute(s -> retention(null).run()).referralsAnonymised()).isZero();
        assertThat(jdbc.queryForObject("SELECT body FROM referral WHERE referral_id = ?", String.class, id)).contains(NOTE);
        assertThatThrownBy(() -> retention(11)).hasMessageContaining("never under 12");
    }

    @Test
    void theTimerRunsTheServicesRetention() throws Exception {
        long before = audit.latest(AuditAction.RETENTION_RUN).map(e -> e.seq()).orElse(0L);
        RetentionTimer timer = new RetentionTimer(service, java.time.Duration.ofHours(1), java.time.Duration.ZERO);
        timer.start();
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (audit.latest(AuditAction.RETENTION_RUN).map(e -> e.seq()).orElse(0L) == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            timer.stop();
        }
        assertThat(audit.latest(AuditAction.RETENTION_RUN).orElseThrow().seq()).isGreaterThan(before);
    }

    /** The plans made here have no real input: removed after each test, so no other test's page or plan count meets them. */
    private final List<String> plans = new ArrayList<>();

    @AfterEach
    void removeThePlansMadeHere() {
        plans.forEach(id -> jdbc.update("DELETE FROM allocation_plan WHERE id = ?", id));
    }

    private String plan(String status, String createdAt) {
        String id = UUID.randomUUID().toString();
        plans.add(id);
        OffsetDateTime at = OffsetDateTime.parse(createdAt);
        jdbc.update("INSERT INTO allocation_plan (id, status, revision, input, created_at, created_by, updated_at) VALUES (?, ?, 1, '{}', ?, 'manager', ?)",
                id, status, at, at);
        return id;
    }
}
