package frontdoor.service.instances;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.instances.TwoInstances.call;
import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.UncheckedVersion;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances on one PostgreSQL answer alike: one audit chain, one copy of each referral, one policy in force. */
class SharedDatabaseTest {
    private static TwoInstances instances;

    @BeforeAll
    static void start() {
        instances = TwoInstances.start("frontdoor.allocation.watch-seconds=0");
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void appendsFromBothInstancesAtOnceMakeOneUnforkedChain() throws Exception {
        JdbcClient db = instances.a.getBean(JdbcClient.class);
        long before = db.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ConfigurableApplicationContext to = i % 2 == 0 ? instances.a : instances.b;
            sent.add(CompletableFuture.supplyAsync(() -> call(to, "worker", "POST", "/api/v1/referrals", json(newId())).statusCode(), senders));
        }
        assertThat(sent).allSatisfy(f -> assertThat(f.get()).isEqualTo(201));
        senders.shutdown();

        long after = db.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        assertThat(after - before).isGreaterThanOrEqualTo(80);
        assertThat(db.sql("SELECT count(DISTINCT prev_hash) FROM audit_entry").query(Long.class).single()).isEqualTo(after);
        assertThat(db.sql("SELECT max(seq) - min(seq) + 1 FROM audit_entry").query(Long.class).single()).isEqualTo(after);
        for (ConfigurableApplicationContext instance : instances.both()) {
            var verified = instance.getBean(AuditLog.class).verify();
            assertThat(verified.intact()).as(verified.problem()).isTrue();
            assertThat(verified.entriesChecked()).isEqualTo(after);
            assertThat(call(instance, "auditor", "GET", "/api/v1/audit/verify", null).body()).contains("\"intact\":true");
        }
    }

    @Test
    void theSameReferralSentToBothAtOnceIsStoredOnceAndAnsweredAsForOneInstance() throws Exception {
        JdbcClient db = instances.a.getBean(JdbcClient.class);
        for (int round = 0; round < 10; round++) {
            String id = newId();
            String body = json(id);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
            for (ConfigurableApplicationContext instance : instances.both()) {
                both.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return call(instance, "worker", "POST", "/api/v1/referrals", body);
                }));
            }
            List<Integer> statuses = both.stream().map(f -> f.join().statusCode()).sorted().toList();
            assertThat(statuses).as("round %d", round).isIn(List.of(200, 201), List.of(201, 409));
            assertThat(db.sql("SELECT count(*) FROM referral WHERE referral_id = ?").param(id).query(Long.class).single()).isOne();
            assertThat(call(instances.b, "worker", "GET", "/api/v1/referrals/" + id, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aVersionPutInForceOnOneInstanceIsInForceOnTheOtherWithinFiveSeconds() throws Exception {
        PolicyHolder onB = instances.b.getBean(PolicyHolder.class);
        String weights = instances.a.getBean(PolicyHolder.class).current().files().get(PolicyFiles.WEIGHTS);
        try (UncheckedVersion published = UncheckedVersion.putInForce(instances.a, Map.of(PolicyFiles.WEIGHTS, weights + "\n"))) {
            String version = instances.a.getBean(PolicyHolder.class).current().versionId();
            Instant start = Instant.now();
            while (!onB.current().versionId().equals(version) && Duration.between(start, Instant.now()).toSeconds() < 5) {
                Thread.sleep(50);
            }
            assertThat(onB.current().versionId()).isEqualTo(version);
            assertThat(call(instances.b, "worker", "GET", "/actuator/info", null).body()).contains(version);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
