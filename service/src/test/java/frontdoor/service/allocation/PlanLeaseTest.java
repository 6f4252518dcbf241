package frontdoor.service.allocation;

import static frontdoor.service.instances.TwoInstances.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.Referrals;
import frontdoor.service.instances.TwoInstances;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL: a plan solves on one instance at a time (the lease), the manager's status,
 * changes and stop work from either, and a plan whose instance stopped renewing its lease is resumed by the other.
 */
class PlanLeaseTest {
    private static TwoInstances instances;
    private static JdbcClient db;

    @BeforeAll
    static void start() {
        instances = TwoInstances.start("frontdoor.allocation.watch-seconds=0", "frontdoor.allocation.solve-seconds=120",
                "frontdoor.allocation.lease-seconds=3");
        db = instances.a.getBean(JdbcClient.class);
        for (String[] s : Day.TEAM) {
            assertThat(call(instances.a, "manager", "PUT", "/api/v1/roster/" + s[0], Day.staff(s[0], s[1], s[2])).statusCode()).isBetween(200, 201);
        }
        for (int i = 0; i < 3; i++) {
            referral(instances.a);
        }
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    void statusChangesAndStopWorkFromEitherInstanceWhileOneSolves() throws Exception {
        String id = plan(call(instances.a, "manager", "POST", "/api/v1/plans", null)).path("id").asText();
        assertThat(holder(id)).isEqualTo("a");
        assertThat(plan(call(instances.b, "manager", "GET", "/api/v1/plans/" + id, null)).path("status").asText()).isEqualTo("SOLVING");

        String red = referral(instances.b);
        JsonNode changed = plan(call(instances.b, "manager", "POST", "/api/v1/plans/" + id + "/changes",
                "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"" + red + "\"}"));
        assertThat(changed.path("revision").asInt()).isEqualTo(2);
        assertThat(changed.path("status").asText()).isEqualTo("SOLVING");
        assertThat(holder(id)).as("the lease moved with the change").isEqualTo("b");

        JsonNode stopped = plan(call(instances.a, "manager", "DELETE", "/api/v1/plans/" + id, null));
        assertThat(stopped.path("status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.path("revision").asInt()).isEqualTo(2);
        assertThat(plan(call(instances.b, "manager", "GET", "/api/v1/plans/" + id, null)).path("status").asText()).isEqualTo("STOPPED");
        assertThat(db.sql("SELECT count(*) FROM audit_entry WHERE action = 'PLAN_STOPPED' AND subject = ?").param(id).query(Long.class).single())
                .isOne();
    }

    @Test
    void aPlanWhoseInstanceStoppedRenewingItsLeaseIsInterruptedThenResumedByTheOther() throws Exception {
        String id = plan(call(instances.b, "manager", "POST", "/api/v1/plans", null)).path("id").asText();
        // as an instance killed mid-solve leaves it: its name on a lease nobody renews
        db.sql("UPDATE allocation_plan SET lease_holder = 'killed' WHERE id = ?").param(id).update();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!status(id).equals("INTERRUPTED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(status(id)).isEqualTo("INTERRUPTED");

        String red = referral(instances.a);
        JsonNode resumed = plan(call(instances.a, "manager", "POST", "/api/v1/plans/" + id + "/changes",
                "{\"type\": \"REFERRAL_ARRIVED\", \"referralId\": \"" + red + "\"}"));
        assertThat(resumed.path("status").asText()).isEqualTo("SOLVING");
        assertThat(resumed.path("revision").asInt()).isEqualTo(2);
        assertThat(holder(id)).isEqualTo("a");
        assertThat(plan(call(instances.a, "manager", "DELETE", "/api/v1/plans/" + id, null)).path("status").asText()).isEqualTo("STOPPED");
    }

    private static String referral(ConfigurableApplicationContext instance) {
        String id = Referrals.newId();
        assertThat(call(instance, "worker", "POST", "/api/v1/referrals", Referrals.received(id, Instant.now())).statusCode()).isEqualTo(201);
        return id;
    }

    private static JsonNode plan(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return StrictJson.DOCUMENT.tree(response.body());
    }

    private static String holder(String id) {
        return db.sql("SELECT lease_holder FROM allocation_plan WHERE id = ?").param(id).query(String.class).single();
    }

    private static String status(String id) {
        return db.sql("SELECT status FROM allocation_plan WHERE id = ?").param(id).query(String.class).single();
    }
}
