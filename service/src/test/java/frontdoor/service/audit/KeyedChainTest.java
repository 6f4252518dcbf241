package frontdoor.service.audit;

import static frontdoor.service.Referrals.get;
import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.Referrals.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.ServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who can write the database but has not the key rewrites the chain: the tail with a recomputed plain
 * SHA-256 chain (caught by the key), or the whole chain as if it were never keyed (caught by the checkpoints
 * the service logged). Each test puts the rows back as they were: the context is shared.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class KeyedChainTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcClient client;
    @Autowired
    AuditKeys keys;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AuditSealing sealing;
    @Value("${frontdoor.audit.key}")
    String keyText;

    @Test
    void theWholeTailRewrittenAsAPlainSha256ChainIsRefusedByTheKey() throws Exception {
        String id = newId();
        submit(mvc, json(id));
        get(mvc, "worker", "/api/v1/referrals/" + id);
        get(mvc, "lead", "/api/v1/referrals/" + id);
        long from = jdbc.queryForObject("SELECT seq FROM audit_entry WHERE subject = ? AND action = 'RECOMMENDED'", Long.class, id);
        for (boolean keepKeyId : new boolean[] {false, true}) {
            List<AuditEntry> saved = rows(from);
            try {
                rewritePlain(saved, keepKeyId);
                get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.firstBrokenSeq").value(from))
                        .andExpect(jsonPath("$.caughtBy").value("key"))
                        .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString(keepKeyId ? "re-hashed without the audit key" : "not sealed")));
            } finally {
                restore(saved);
            }
        }
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.keyedFrom").value(1));
    }

    @Test
    void aWholeChainRewrittenAsIfNeverKeyedIsRefusedByTheCheckpoints(CapturedOutput output) throws Exception {
        submit(mvc, json(newId()));
        checkpoints.write();
        String line = output.getOut().lines().filter(l -> l.contains("audit checkpoint seq=")).reduce((a, b) -> b).orElseThrow();
        String seq = line.replaceAll(".*seq=(\\d+) hash=([0-9a-f]{64}).*", "$1");
        String hash = line.replaceAll(".*seq=(\\d+) hash=([0-9a-f]{64}).*", "$2");
        assertThat(hash).isEqualTo(jdbc.queryForObject("SELECT hash FROM audit_entry WHERE seq = ?", String.class, Long.parseLong(seq)));
        get(mvc, "auditor", "/api/v1/audit/verify?checkpoint=" + seq + ":" + hash).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checkpointsMatched").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        List<AuditEntry> saved = rows(1);
        try {
            rewritePlain(saved, false);
            get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.caughtBy").value("checkpoint"));
        } finally {
            restore(saved);
        }
        get(mvc, "auditor", "/api/v1/audit/verify").andExpect(jsonPath("$.intact").value(true));
        get(mvc, "auditor", "/api/v1/audit/verify?checkpoint=1:nothex").andExpect(status().isBadRequest());
    }

    @Test
    void theHeadIsLoggedAtShutdown(CapturedOutput output) throws Exception {
        submit(mvc, json(newId()));
        long seq = jdbc.queryForObject("SELECT seq FROM audit_head WHERE id = 1", Long.class);
        String hash = jdbc.queryForObject("SELECT hash FROM audit_head WHERE id = 1", String.class);
        sealing.stop();
        try {
            assertThat(output.getOut()).contains("audit checkpoint seq=" + seq + " hash=" + hash);
        } finally {
            sealing.start();
        }
    }

    @Test
    void aRotatedKeyIsRecordedInTheChainAndTheOldEntriesStillVerify() {
        long head = jdbc.queryForObject("SELECT seq FROM audit_head WHERE id = 1", Long.class);
        String headHash = jdbc.queryForObject("SELECT hash FROM audit_head WHERE id = 1", String.class);
        AuditKeys rotated = AuditKeys.of("next", "the-next-audit-key-after-rotation-0123456789", Map.of(keys.currentId(), keyText));
        AuditLog afterRotation = new AuditLog(client, jdbc, rotated, checkpoints);
        try {
            afterRotation.recordKeyInUse();
            afterRotation.recordKeyInUse();     // once only
            tx.executeWithoutResult(s -> afterRotation.record("lead", AuditAction.VIEWED, "R-ROTATED", "{}"));
            AuditEntry rotation = afterRotation.latest(AuditAction.AUDIT_KEY_ROTATED).orElseThrow();
            assertThat(rotation.seq()).isEqualTo(head + 1);
            assertThat(rotation.subject()).isEqualTo("next");
            assertThat(rotation.detail()).isEqualTo("{\"from\":\"" + keys.currentId() + "\"}");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE seq > ?", Long.class, head)).isEqualTo(2);
            Verification v = afterRotation.verify();
            assertThat(v.intact()).as(v.problem()).isTrue();
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE seq > ?", head);
            jdbc.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", head, headHash);
        }
    }

    private List<AuditEntry> rows(long from) {
        return client.sql("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq").param(from).query(AuditLog::entry).list();
    }

    /** What a database administrator without the key can do: change the first row, re-hash it and all after it with SHA-256. */
    private void rewritePlain(List<AuditEntry> rows, boolean keepKeyId) {
        String prev = rows.get(0).prevHash();
        for (AuditEntry e : rows) {
            String actor = e == rows.get(0) ? "someone-else" : e.actor();
            String hash = AuditEntry.hash(e.seq(), e.at(), actor, e.action(), e.subject(), e.detail(), prev);
            jdbc.update("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ?, key_id = ? WHERE seq = ?",
                    actor, prev, hash, keepKeyId ? e.keyId() : null, e.seq());
            prev = hash;
        }
        jdbc.update("UPDATE audit_head SET hash = ? WHERE id = 1", prev);
    }

    private void restore(List<AuditEntry> rows) {
        for (AuditEntry e : rows) {
            jdbc.update("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ?, key_id = ? WHERE seq = ?",
                    e.actor(), e.prevHash(), e.hash(), e.keyId(), e.seq());
        }
        jdbc.update("UPDATE audit_head SET hash = ? WHERE id = 1", rows.get(rows.size() - 1).hash());
    }
}
