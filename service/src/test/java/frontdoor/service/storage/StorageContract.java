package frontdoor.service.storage;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.RagRating;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.referral.DecisionRecord;
import frontdoor.service.referral.DecisionRepository;
import frontdoor.service.referral.ReferralRecord;
import frontdoor.service.referral.ReferralRepository;
import frontdoor.service.referral.ReferralStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What the service needs of its database, run on H2 and on PostgreSQL. */
abstract class StorageContract {
    @Autowired
    Flyway flyway;
    @Autowired
    ReferralRepository referrals;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void everyMigrationIsApplied() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(info.current().getVersion()).isEqualTo(info.all()[info.all().length - 1].getVersion());
    }

    @Test
    void aReferralIsStoredWithItsRecommendationAndItsDecisionsOnceEach() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String id = newId();
        ReferralRecord saved = referrals.save(new ReferralRecord(null, id, json(id), "a".repeat(64), ReferralStatus.AWAITING_DECISION,
                RagRating.AMBER, 3, "MASH_ENQUIRY", now, now.plusSeconds(3600), "v1", now, "worker",
                new ReferralRecord.StoredRecommendation("{\"x\": [1, 2]}", "v1")));
        ReferralRecord found = referrals.findByReferralId(id).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.body()).isEqualTo(json(id));

        decisions.save(DecisionRecord.of(saved.id(), 1, 2, RagRating.GREEN, "EARLY_HELP", new TreeSet<>(), "why", null, "worker", now, now));
        assertThatThrownBy(() -> decisions.save(DecisionRecord.of(saved.id(), 1, 2, RagRating.GREEN, "EARLY_HELP",
                new TreeSet<>(), "again", null, "lead", now, now))).hasRootCauseInstanceOf(java.sql.SQLException.class);
        tx.executeWithoutResult(s -> referrals.decided(saved.id(), 2, RagRating.GREEN, "EARLY_HELP", now.plusSeconds(7200)));
        ReferralRecord decided = referrals.findByReferralId(id).orElseThrow();
        assertThat(decided.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(decided.dueBy()).isEqualTo(now.plusSeconds(7200));
        assertThat(decided.recommendation()).isEqualTo(saved.recommendation());
        assertThat(decisions.findByReferralOrderByVersion(saved.id())).singleElement()
                .satisfies(d -> assertThat(d.rationale()).isEqualTo("why"));
    }

    @Test
    void exactlyOnePolicyVersionIsInForceWithItsEightFiles() {
        String inForce = jdbc.sql("SELECT version_id FROM policy_in_force WHERE id = 1").query(String.class).single();
        assertThat(jdbc.sql("SELECT id FROM policy_version WHERE state = 'PUBLISHED'").query(String.class).list()).containsExactly(inForce);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_version_file WHERE version_id = ?").param(inForce).query(Integer.class).single())
                .isEqualTo(8);
    }

    @Test
    void theAuditChainLinksAndATamperedRowIsFound() {
        long first = tx.execute(s -> audit.record("a", AuditAction.VIEWED, "S-1", "{}").seq());
        tx.executeWithoutResult(s -> audit.record("b", AuditAction.VIEWED, "S-1", "{\"n\":2}"));
        assertThat(audit.verify().intact()).isTrue();
        jdbc.sql("UPDATE audit_entry SET detail = '{\"n\":3}' WHERE seq = ?").param(first + 1).update();
        try {
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(first + 1);
        } finally {
            jdbc.sql("UPDATE audit_entry SET detail = '{\"n\":2}' WHERE seq = ?").param(first + 1).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theWholeFlowRunsOverHttp() throws Exception {
        String id = newId();
        submit(mvc, json(id)).andExpect(status().isCreated());
        submit(mvc, json(id)).andExpect(status().isOk());
        post(mvc, "worker", "/api/v1/referrals/" + id + "/decision",
                "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\", \"actions\": [\"MARAC_REFERRAL\"],"
                        + " \"rationale\": \"As recommended\"}")
                .andExpect(status().isCreated());
        frontdoor.service.Referrals.get(mvc, "worker", "/api/v1/referrals?status=DECIDED&rag=RED&size=100")
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.items[?(@.referralId == '" + id + "')].waitingFor[0]").value(hasItem("POLICE")));
        frontdoor.service.Referrals.get(mvc, "manager", "/api/v1/sign-offs").andExpect(jsonPath("$[*].referralId").value(hasItem(id)));
        post(mvc, "manager", "/api/v1/referrals/" + id + "/decision/sign-off", "{}").andExpect(status().isCreated());
        frontdoor.service.Referrals.get(mvc, "worker", "/api/v1/referrals/" + id).andExpect(jsonPath("$.highestRag").value("RED"))
                .andExpect(jsonPath("$.decided.rag").value("RED")).andExpect(jsonPath("$.signOff.signedBy").value("manager"));
        frontdoor.service.Referrals.get(mvc, "manager", "/api/v1/dashboard").andExpect(status().isOk());
        frontdoor.service.Referrals.get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true));
    }
}
