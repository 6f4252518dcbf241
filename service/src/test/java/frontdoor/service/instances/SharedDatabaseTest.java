package frontdoor.service.instances;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static frontdoor.service.instances.TwoInstances.call;
import static frontdoor.service.instances.TwoInstances.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyFiles;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.UncheckedVersion;
import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * Two instances on one PostgreSQL answer alike: one audit chain, one copy of each referral, one policy in
 * force, one count of failed sign-ins.
 */
class SharedDatabaseTest {
    private static TwoInstances instances;

    @BeforeAll
    static void start() {
        // behind a load balancer: the client's address comes in X-Forwarded-For
        instances = TwoInstances.start("frontdoor.allocation.watch-seconds=0", "server.forward-headers-strategy=native");
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

    /**
     * The real way: a practice lead drafts on A a clearer sentence for the RAG row R2, checks it, a second
     * practice lead approves it, it is published on A; B puts it in force within 5 seconds of the answer and
     * recommends with it. A rollback published on B reaches A the same way.
     */
    @Test
    void aVersionPublishedThroughTheApiOnOneInstanceIsInForceOnTheOtherWithinFiveSecondsAndSoIsARollback() throws Exception {
        String before = instances.a.getBean(PolicyHolder.class).current().versionId();
        String screening = instances.a.getBean(PolicyHolder.class).current().files().get("screening.dmn");
        String sentence = "Level 4 and the child is under 1, unborn or of unknown age.";
        String clearer = "Level 4 and the child is under 1, unborn or of unknown age: the youngest are the most at risk.";
        assertThat(screening).contains(sentence);
        String draft = policy(instances.a, "lead", "POST", "/drafts", "{\"note\": \"a clearer R2\"}").path("draftId").asText();
        policy(instances.a, "lead", "PUT", "/drafts/" + draft + "/files/screening.dmn", screening.replace(sentence, clearer));
        assertThat(policy(instances.a, "lead", "POST", "/drafts/" + draft + "/checks", "").path("passed").asBoolean()).isTrue();
        policy(instances.a, "lead2", "POST", "/drafts/" + draft + "/approve", "{\"note\": \"agreed\", \"reference\": \"MASH board 14\"}");
        String published = policy(instances.a, "lead", "POST", "/drafts/" + draft + "/publish", "{\"note\": \"go\"}").path("versionId").asText();
        Instant answered = Instant.now();

        assertThat(secondsUntilInForce(instances.b, published, answered)).isLessThanOrEqualTo(5.0);
        String recommended = call(instances.b, "worker", "POST", "/api/v1/referrals", json(newId())).body();
        assertThat(StrictJson.DOCUMENT.tree(recommended).path("recommendation").path("policyVersion").asText()).isEqualTo(published);
        assertThat(recommended).as("the example referral is RED by R2").contains(clearer);

        policy(instances.b, "lead", "POST", "/versions/" + before + "/publish", "{\"note\": \"back\"}");
        assertThat(secondsUntilInForce(instances.a, before, Instant.now())).isLessThanOrEqualTo(5.0);
        String again = call(instances.a, "worker", "POST", "/api/v1/referrals", json(newId())).body();
        assertThat(StrictJson.DOCUMENT.tree(again).path("recommendation").path("policyVersion").asText()).isEqualTo(before);
        assertThat(again).contains(sentence).doesNotContain(clearer);
    }

    /** A guesser behind a round-robin load balancer gets no more tries than from one instance. */
    @Test
    void failedSignInsFromOneAddressAreCountedOnBothInstancesTogether() {
        String guesser = "203.0.113.9";
        for (int n = 1; n <= 5; n++) {
            assertThat(referrals(n <= 3 ? instances.a : instances.b, "worker:guess" + n, guesser).statusCode()).as("guess %d", n).isEqualTo(401);
        }
        for (ConfigurableApplicationContext instance : instances.both()) {
            HttpResponse<String> refused = referrals(instance, "worker:demo", guesser);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
            assertThat(referrals(instance, "worker:demo", "203.0.113.10").statusCode()).as("another address").isEqualTo(200);
        }
        JdbcClient db = instances.a.getBean(JdbcClient.class);
        assertThat(db.sql("SELECT count(*) FROM audit_entry WHERE action = 'SIGN_IN_LOCKED_OUT' AND subject = 'worker'").query(Long.class).single())
                .as("one lockout, in the one chain").isOne();
        assertThat(instances.b.getBean(MeterRegistry.class).get("frontdoor.signin.lockouts").counter().count()).isOne();
    }

    /** Wrong passwords arriving at both instances at the same moment are each counted (the first of them too). */
    @Test
    void failedSignInsAtBothInstancesAtOnceAreEachCounted() {
        String guesser = "203.0.113.11";
        CyclicBarrier together = new CyclicBarrier(5);
        ExecutorService guessers = Executors.newFixedThreadPool(5);
        List<CompletableFuture<Integer>> guesses = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            ConfigurableApplicationContext to = n % 2 == 0 ? instances.a : instances.b;
            String credentials = "lead:guess" + n;
            guesses.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return referrals(to, credentials, guesser).statusCode();
            }, guessers));
        }
        assertThat(guesses).allSatisfy(f -> assertThat(f.join()).isEqualTo(401));
        guessers.shutdown();
        for (ConfigurableApplicationContext instance : instances.both()) {
            assertThat(referrals(instance, "lead:demo", guesser).statusCode()).isEqualTo(429);
        }
    }

    private static HttpResponse<String> referrals(ConfigurableApplicationContext instance, String credentials, String address) {
        return send(instance, credentials, "GET", "/api/v1/referrals", null, "X-Forwarded-For", address);
    }

    /** A policy API call that must succeed; its JSON answer. */
    private static JsonNode policy(ConfigurableApplicationContext instance, String lead, String method, String path, String body) {
        HttpResponse<String> answer = call(instance, lead, method, "/api/v1/policy" + path, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 201);
        return StrictJson.DOCUMENT.tree(answer.body());
    }

    /**
     * Seconds from {@code since} until the instance recommends with the version (its {@code /actuator/info},
     * from the policy holder; waits at most 30 s), then also named in force by its policy API.
     */
    private static double secondsUntilInForce(ConfigurableApplicationContext instance, String version, Instant since) throws InterruptedException {
        Instant giveUp = since.plusSeconds(30);
        String recommendingWith = "\"policyVersion\":\"" + version + "\"";
        while (!call(instance, "worker", "GET", "/actuator/info", null).body().contains(recommendingWith) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        double seconds = Duration.between(since, Instant.now()).toMillis() / 1000.0;
        assertThat(call(instance, "worker", "GET", "/actuator/info", null).body()).contains(recommendingWith);
        assertThat(policy(instance, "lead", "GET", "", null).path("inForce").asText()).isEqualTo(version);
        return seconds;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
