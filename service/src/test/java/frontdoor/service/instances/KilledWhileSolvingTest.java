package frontdoor.service.instances;

import static frontdoor.service.instances.TwoInstances.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.Referrals;
import frontdoor.service.ServiceProcess;
import frontdoor.service.allocation.Day;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance killed with SIGKILL ({@code kill -9}) while it solves a plan: instance "a" runs in a child JVM and
 * solves for minutes; instance "b" (in the test JVM) shares its PostgreSQL. Once a's lease (3 s here) runs out,
 * b shows the plan INTERRUPTED; the manager's change on b resumes it there, and b stores a finished plan that
 * breaks no hard rule; the one audit chain, written by both, verifies.
 */
class KilledWhileSolvingTest {
    private static final String LEASE = "frontdoor.allocation.lease-seconds=3";

    @Test
    @Timeout(240)
    void aPlanWhoseInstanceIsKilledMidSolveIsInterruptedThenResumedAndFinishedOnTheOther(@TempDir Path dir) throws Exception {
        String url = TwoInstances.newDatabase();
        int port = ServiceProcess.freePort();
        String a = "http://127.0.0.1:" + port;
        Process killed = ServiceProcess.start(dir.resolve("a.log"), port, "--spring.profiles.active=test,demo", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--frontdoor.instance-name=a",
                "--frontdoor.allocation.watch-seconds=0", "--frontdoor.allocation.solve-seconds=600", "--" + LEASE);
        try (ConfigurableApplicationContext b = TwoInstances.instance(url, "b", "frontdoor.allocation.watch-seconds=0",
                "frontdoor.allocation.solve-seconds=3", LEASE)) {
            JdbcClient db = b.getBean(JdbcClient.class);
            for (String[] s : Day.TEAM) {
                assertThat(call(a, "manager", "PUT", "/api/v1/roster/" + s[0], Day.staff(s[0], s[1], s[2])).statusCode()).isBetween(200, 201);
            }
            for (int i = 0; i < 3; i++) {
                referral(a);
            }
            String id = ok(call(a, "manager", "POST", "/api/v1/plans", null)).path("id").asText();
            Supplier<OffsetDateTime> leaseUntil = () -> db.sql("SELECT lease_until FROM allocation_plan WHERE id = ? AND lease_holder = 'a'")
                    .param(id).query(OffsetDateTime.class).optional().orElse(null);
            OffsetDateTime taken = leaseUntil.get();
            assertThat(taken).as("a holds the lease").isNotNull();
            assertThat(eventually(leaseUntil, until -> until != null && until.isAfter(taken))).as("a renews its lease while it solves").isAfter(taken);
            assertThat(status(b, id)).isEqualTo("SOLVING");

            assertThat(killed.destroyForcibly().waitFor()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);

            assertThat(eventually(() -> status(b, id), "INTERRUPTED"::equals)).as("b's view once a's lease ran out").isEqualTo("INTERRUPTED");
            String red = referral(TwoInstances.base(b));
            JsonNode resumed = ok(call(b, "manager", "POST", "/api/v1/plans/" + id + "/changes",
                    "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"" + red + "\"}"));
            assertThat(resumed.path("status").asText()).isEqualTo("SOLVING");
            assertThat(resumed.path("revision").asInt()).isEqualTo(2);
            assertThat(db.sql("SELECT lease_holder FROM allocation_plan WHERE id = ?").param(id).query(String.class).single()).isEqualTo("b");

            assertThat(eventually(() -> status(b, id), "DONE"::equals)).as("b finished solving").isEqualTo("DONE");
            JsonNode done = Day.checked(ok(call(b, "manager", "GET", "/api/v1/plans/" + id, null)));
            assertThat(done.path("revision").asInt()).isEqualTo(2);
            assertThat(done.path("input").path("tasks").findValuesAsText("referralId")).contains(red);
            JsonNode verified = ok(call(b, "auditor", "GET", "/api/v1/audit/verify", null));
            assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(db.sql("SELECT action FROM audit_entry WHERE subject = ? ORDER BY seq").param(id).query(String.class).list())
                    .containsExactly("PLAN_STARTED", "PLAN_CHANGED");
        } finally {
            killed.destroyForcibly().waitFor();
        }
    }

    /** A RED referral received now, sent to the instance at {@code base}; its id. */
    private static String referral(String base) {
        String id = Referrals.newId();
        assertThat(call(base, "worker", "POST", "/api/v1/referrals", Referrals.received(id, Instant.now())).statusCode()).isEqualTo(201);
        return id;
    }

    private static String status(ConfigurableApplicationContext instance, String id) {
        return ok(call(instance, "manager", "GET", "/api/v1/plans/" + id, null)).path("status").asText();
    }

    /** Polls (every 200 ms, at most 60 s: a loaded machine is slow) until the value passes; the last value read. */
    private static <T> T eventually(Supplier<T> value, Predicate<T> passes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T last = value.get();
        while (!passes.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = value.get();
        }
        return last;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return StrictJson.DOCUMENT.tree(response.body());
    }
}
