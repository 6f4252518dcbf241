package frontdoor.service.storage;

import static frontdoor.service.instances.TwoInstances.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.StrictJson;
import frontdoor.service.FrontdoorApplication;
import frontdoor.service.Referrals;
import frontdoor.service.allocation.Day;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup docs/operations.md describes for PostgreSQL, with Debian's own client programs (postgresql-client,
 * which the build installs when missing; the test fails without them): the whole service on an embedded
 * PostgreSQL stores referrals (gathered information, decisions, a sign-off) and a plan; {@code pg_dump -Fc}
 * while it runs; {@code createdb} and {@code pg_restore} into an empty database; the service started on the
 * copy with the same audit key verifies the chain, shows every referral and the plan as they were, and extends
 * the chain; a row changed in the copy is reported.
 */
class PgDumpRestoreTest {
    static final Path PG_DUMP = Path.of("/usr/bin/pg_dump");
    static final Path PG_RESTORE = Path.of("/usr/bin/pg_restore");
    static final Path CREATEDB = Path.of("/usr/bin/createdb");
    static final String DECISION = "{\"thresholdLevel\": 4, \"rag\": \"RED\", \"pathway\": \"STRATEGY_DISCUSSION\","
            + " \"actions\": [\"MARAC_REFERRAL\"], \"rationale\": \"As recommended\"}";

    @Test
    @Timeout(300)
    void aDumpRestoredIntoAnEmptyDatabaseVerifiesItsChainKeepsEveryRecordAndGoesOn(@TempDir Path dir) throws Exception {
        assertThat(List.of(PG_DUMP, PG_RESTORE, CREATEDB)).as("Debian's postgresql-client, which the build installs (scripts/install-pg-client.sh)")
                .allMatch(Files::isExecutable);
        Path dump = dir.resolve("frontdoor.dump");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE ROLE frontdoor LOGIN");
            }
            run(postgres, "postgres", CREATEDB, "-O", "frontdoor", "frontdoor");
            Map<String, String> shown = new LinkedHashMap<>();
            long entries;
            try (ConfigurableApplicationContext live = start(postgres, "frontdoor")) {
                String plan = storeADay(live);
                for (String id : live.getBean(JdbcClient.class).sql("SELECT referral_id FROM referral").query(String.class).list()) {
                    shown.put("/api/v1/referrals/" + id, get(live, "/api/v1/referrals/" + id));
                }
                shown.put("/api/v1/plans/" + plan, get(live, "/api/v1/plans/" + plan));
                entries = verify(live).path("entriesChecked").asLong();
                run(postgres, "frontdoor", PG_DUMP, "-Fc", "-d", "frontdoor", "-f", dump.toString()); // while it runs
            }
            run(postgres, "postgres", CREATEDB, "-O", "frontdoor", "frontdoor_restored");
            run(postgres, "postgres", PG_RESTORE, "-d", "frontdoor_restored", "--no-owner", "--role=frontdoor", dump.toString());

            try (ConfigurableApplicationContext copy = start(postgres, "frontdoor_restored")) {
                JsonNode verified = verify(copy);
                assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
                assertThat(verified.path("entriesChecked").asLong()).isEqualTo(entries);
                assertThat(shown).hasSizeGreaterThan(5).allSatisfy((path, before) ->
                        assertThat(StrictJson.DOCUMENT.tree(get(copy, path)))
                                .as(path).isEqualTo(StrictJson.DOCUMENT.tree(before)));

                String more = Referrals.newId();
                assertThat(call(copy, "worker", "POST", "/api/v1/referrals", Referrals.json(more)).statusCode()).isEqualTo(201);
                JsonNode extended = verify(copy);
                assertThat(extended.path("intact").asBoolean()).as(extended.toString()).isTrue();
                assertThat(extended.path("entriesChecked").asLong()).isGreaterThan(entries);

                copy.getBean(JdbcClient.class).sql("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?")
                        .param(entries / 2).update();
                JsonNode broken = verify(copy);
                assertThat(broken.path("intact").asBoolean()).as(broken.toString()).isFalse();
                assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(entries / 2);
            }
        }
    }

    /** Six referrals (two with information gathered, three decided, one signed off) and a plan started and stopped; the plan's id. */
    private static String storeADay(ConfigurableApplicationContext live) throws Exception {
        for (String[] s : Day.TEAM) {
            assertThat(call(live, "manager", "PUT", "/api/v1/roster/" + s[0], Day.staff(s[0], s[1], s[2])).statusCode()).isBetween(200, 201);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = Referrals.newId();
            assertThat(call(live, "worker", "POST", "/api/v1/referrals", Referrals.received(id, Instant.now())).statusCode()).isEqualTo(201);
            ids.add(id);
        }
        for (String id : ids.subList(0, 2)) {
            ok(call(live, "worker", "POST", "/api/v1/referrals/" + id + "/information",
                    "{\"agency\": \"HEALTH\", \"outcome\": \"NOTHING_KNOWN\", \"summary\": \"not known to health\"}"));
        }
        for (String id : ids.subList(1, 4)) {
            ok(call(live, "worker", "POST", "/api/v1/referrals/" + id + "/decision", DECISION));
        }
        ok(call(live, "manager", "POST", "/api/v1/referrals/" + ids.get(1) + "/decision/sign-off", "{}"));
        String plan = StrictJson.DOCUMENT.tree(ok(call(live, "manager", "POST", "/api/v1/plans", null))).path("id").asText();
        assertThat(StrictJson.DOCUMENT.tree(ok(call(live, "manager", "DELETE", "/api/v1/plans/" + plan, null))).path("status").asText())
                .isEqualTo("STOPPED");
        return plan;
    }

    /** The chain as the API verifies it, for the auditor. */
    private static JsonNode verify(ConfigurableApplicationContext instance) {
        return StrictJson.DOCUMENT.tree(ok(call(instance, "auditor", "GET", "/api/v1/audit/verify", null)));
    }

    /** A referral as the worker reads it, a plan as the manager does. */
    private static String get(ConfigurableApplicationContext instance, String path) {
        return ok(call(instance, path.startsWith("/api/v1/plans/") ? "manager" : "worker", "GET", path, null));
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return response.body();
    }

    /** One of the client programs, as {@code user} on the embedded server; fails with its output unless it exits 0. */
    private static void run(EmbeddedPostgres postgres, String user, Path program, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString(), "-h", "localhost", "-p", String.valueOf(postgres.getPort()),
                "-U", user, "--no-password"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // until it ends
        assertThat(process.waitFor() == 0).as("%s\n%s", String.join(" ", command), output).isTrue();
    }

    /** The whole service on one database of the embedded server, as role frontdoor, on the tests' audit key. */
    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres, String database) {
        return new SpringApplicationBuilder(FrontdoorApplication.class).profiles("test", "demo")
                .run("--server.port=0", "--server.address=127.0.0.1", "--frontdoor.allocation.watch-seconds=0",
                        "--frontdoor.allocation.solve-seconds=60", "--spring.datasource.url=" + postgres.getJdbcUrl("frontdoor", database),
                        "--spring.datasource.username=frontdoor", "--spring.datasource.password=");
    }
}
