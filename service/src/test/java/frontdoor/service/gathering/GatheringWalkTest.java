package frontdoor.service.gathering;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.post;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import frontdoor.service.ServiceTest;
import frontdoor.service.audit.AuditEntry;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.audit.AuditTrail;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A referral from arrival through three agencies' check results and a consent change to a decision, then
 * information after the decision: each revision, what changed and why, the due time, and the audit trail.
 */
@ServiceTest
class GatheringWalkTest {
    static final String NOTE = "walk-note-never-logged";
    static final String POLICE_NOTE = "police-note-never-logged";
    static final String SUMMARY = "summary-never-logged";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;

    /** An AMBER referral (level 3, MASH_ENQUIRY) from a school about a seven-year-old. */
    static String referral(String id, Instant receivedAt) {
        return """
                {"referralId": "%s", "receivedAt": "%s", "source": {"agency": "EDUCATION", "method": "PORTAL"},
                 "child": {"childId": "C-%s", "familyId": "F-%s", "dateOfBirth": "2019-03-01"}, "consent": "NOT_SOUGHT",
                 "concerns": [{"code": "DOMESTIC_ABUSE_MEDIUM", "agency": "EDUCATION", "note": "%s"}]}""".formatted(id, receivedAt, id, id, NOTE);
    }

    static final String ABANDONED = """
            {"outcome": "FINDINGS", "concerns": [{"code": "CHILD_ABANDONED_OR_LEFT_ALONE", "agency": "POLICE", "note": "%s"}],
             "history": {"contactsLast12Months": 2}, "summary": "%s", "restricted": false}""".formatted(POLICE_NOTE, SUMMARY);

    @Test
    void aReferralIsReRatedAsEachAgencySaysWhatItKnows() throws Exception {
        String id = newId();
        String at = "/api/v1/referrals/" + id;
        Instant received = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant amberDue = received.plus(Duration.ofHours(24));
        JsonNode answered = json(submit(mvc, referral(id, received)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendation.rag").value("AMBER")));
        JsonNode revisions = json(get(mvc, "worker", at + "/revisions").andExpect(status().isOk()));
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("cause").asText()).isEqualTo("arrival");
        // the arrival revision's recommendation is the first one, stored once (in recommendation, not again in revision)
        assertThat(revisions.get(0).get("recommendation")).isEqualTo(answered.get("recommendation"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision v JOIN referral r ON r.id = v.referral WHERE r.referral_id = ? AND v.recommendation IS NULL")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(revisions.get(0).get("screeningDueBy").asText()).isEqualTo(amberDue.toString());

        JsonNode health = json(post(mvc, "worker", at + "/checks/HEALTH_CHECK/result", "{\"outcome\": \"NOTHING_KNOWN\"}").andExpect(status().isOk()));
        assertThat(health.get("revision").asInt()).isEqualTo(2);
        assertThat(health.get("changes")).isEmpty();
        assertThat(health.get("cause").asText()).startsWith("check result HEALTH_CHECK (HEALTH)");

        JsonNode education = json(post(mvc, "worker", at + "/checks/EDUCATION_CHECK/result",
                "{\"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"PERSISTENT_ABSENCE\", \"agency\": \"EDUCATION\"}]}").andExpect(status().isOk()));
        assertThat(education.get("revision").asInt()).isEqualTo(3);
        assertThat(education.get("changes")).isEmpty();
        assertThat(education.get("recommendation").get("rag").asText()).isEqualTo("AMBER");

        Instant before = Instant.now();
        JsonNode police = json(post(mvc, "worker", at + "/checks/POLICE_CHECK/result", ABANDONED).andExpect(status().isOk()));
        Instant after = Instant.now();
        assertThat(police.get("revision").asInt()).isEqualTo(4);
        assertThat(police.get("recommendation").get("rag").asText()).isEqualTo("RED");
        assertThat(police.get("changes").get(0).get("output").asText()).isEqualTo("rag");
        assertThat(police.get("changes").get(0).get("text").asText())
                .isEqualTo("RAG AMBER → RED: R1 now matches; R5 no longer matches; level 4 from CHILD_ABANDONED_OR_LEFT_ALONE (POLICE, check result)");
        assertThat(police.get("changes").get(1).get("text").asText())
                .isEqualTo("level 3 → 4: level 4 from CHILD_ABANDONED_OR_LEFT_ALONE (POLICE, check result)");
        assertThat(police.get("changes").get(2).get("text").asText())
                .isEqualTo("pathway MASH_ENQUIRY → IMMEDIATE_PROTECTION: P3 now matches; P7 no longer matches");
        // RED four hours from when the police said so, not from when the school referred
        Instant redDue = Instant.parse(police.get("screeningDueBy").asText());
        assertThat(redDue).isBetween(before.plus(Duration.ofHours(4)).minusMillis(1), after.plus(Duration.ofHours(4)));
        get(mvc, "worker", at).andExpect(jsonPath("$.rag").value("RED")).andExpect(jsonPath("$.thresholdLevel").value(4))
                .andExpect(jsonPath("$.pathway").value("IMMEDIATE_PROTECTION")).andExpect(jsonPath("$.screeningDueBy").value(redDue.toString()))
                .andExpect(jsonPath("$.recommendation.rag").value("RED"));
        JsonNode checks = json(get(mvc, "worker", at + "/checks"));
        assertThat(checks.findValuesAsText("status")).containsExactly("DONE", "DONE", "DONE", "OPEN");
        assertThat(checks.get(3).get("dueBy").asText()).isEqualTo(redDue.toString()); // the open check is due with the referral
        post(mvc, "worker", at + "/checks/POLICE_CHECK/result", ABANDONED).andExpect(status().isConflict()); // done once

        JsonNode consent = json(post(mvc, "worker", at + "/consent", "{\"consent\": \"GIVEN\"}").andExpect(status().isOk()));
        assertThat(consent.get("revision").asInt()).isEqualTo(5);
        assertThat(consent.get("cause").asText()).startsWith("consent GIVEN");
        assertThat(consent.get("screeningDueBy").asText()).isEqualTo(redDue.toString()); // no rise, no new due time

        post(mvc, "worker", at + "/decision", "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"IMMEDIATE_PROTECTION\", \"actions\": [],"
                + " \"rationale\": \"Agrees with the latest revision\"}").andExpect(status().isCreated());
        JsonNode probation = json(post(mvc, "worker", at + "/information",
                "{\"agency\": \"PROBATION\", \"outcome\": \"FINDINGS\", \"concerns\": [{\"code\": \"DOMESTIC_ABUSE_HIGH\", \"agency\": \"PROBATION\"}]}")
                .andExpect(status().isOk()));
        assertThat(probation.get("revision").asInt()).isEqualTo(6);
        assertThat(probation.get("changes").get(0).get("text").asText()).isEqualTo("actions [] → [MARAC_REFERRAL]: A1 now matches");
        get(mvc, "worker", at).andExpect(jsonPath("$.status").value("DECIDED")).andExpect(jsonPath("$.decision.version").value(1))
                .andExpect(jsonPath("$.needsReview").value(true)).andExpect(jsonPath("$.rag").value("RED"));
        post(mvc, "manager", at + "/decision/amendments", "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"IMMEDIATE_PROTECTION\","
                + " \"actions\": [\"MARAC_REFERRAL\"], \"reason\": \"Probation's information: MARAC too\"}").andExpect(status().isCreated());
        get(mvc, "worker", at).andExpect(jsonPath("$.needsReview").value(false)).andExpect(jsonPath("$.decision.version").value(1));

        assertThat(json(get(mvc, "auditor", at + "/revisions")).findValuesAsText("revision")).containsExactly("1", "2", "3", "4", "5", "6");
        List<AuditEntry> trail = auditTrail.about(id);
        assertThat(trail).extracting(AuditEntry::action).containsSubsequence("RECOMMENDED", "CHECK_RESULT_RECORDED", "REVISED",
                "CHECK_RESULT_RECORDED", "REVISED", "CHECK_RESULT_RECORDED", "REVISED", "CONSENT_RECORDED", "REVISED", "DECIDED",
                "INFORMATION_RECORDED", "REVISED", "AMENDED");
        assertThat(trail).extracting(AuditEntry::detail).noneMatch(d -> d.contains(NOTE) || d.contains(POLICE_NOTE) || d.contains(SUMMARY));
        assertThat(audit.verify().intact()).isTrue();
    }

    static JsonNode json(ResultActions result) throws Exception {
        return Json.MAPPER.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
