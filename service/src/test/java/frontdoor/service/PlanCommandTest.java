package frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    static final String DAY = "src/test/resources/days/small.json";
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plansTheDayAndWritesThePlan(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("plan.json");
        assertThat(run("plan", "--input", DAY, "--output", output.toString(), "--seconds", "2")).isZero();
        JsonNode plan = Json.MAPPER.readTree(Files.readString(output));
        assertThat(plan.get("score").asText()).startsWith("0hard/");
        assertThat(plan.get("assignments")).hasSize(7);
        assertThat(plan.get("unassigned").findValuesAsText("taskId")).containsExactlyInAnyOrder("T5", "T6");
        assertThat(plan.get("lateReferrals").get(0).get("referralId").asText()).isEqualTo("R-3");
        assertThat(plan.get("constraints")).hasSize(11);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("7 assigned, 2 unassigned, 1 late referrals",
                "At least 10 weighted misses are unavoidable today; this plan has 10.", "  R-3 (AMBER): unavoidable");
        assertThat(plan.get("bound").get("weightedMisses").asLong()).isEqualTo(10);
    }

    @Test
    void badInputNamesEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        String day = Files.readString(Path.of(DAY)).replace("\"after\": [\"T4\"]", "\"after\": [\"T99\"]")
                .replace("\"id\": \"S2\"", "\"id\": \"S1\"");
        Path input = Files.writeString(dir.resolve("day.json"), day);
        assertThat(run("plan", "--input", input.toString(), "--output", dir.resolve("p.json").toString(), "--seconds", "1")).isEqualTo(1);
        assertThat(err()).contains("day.json: refused as bad input", "$.staff[1].id: duplicate staff id S1",
                "$.tasks[8].after[0]: names no task of this plan: T99");
        assertThat(dir.resolve("p.json")).doesNotExist();
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("plan", "--input", DAY)).isEqualTo(2);
        assertThat(run("plan", "--input", DAY, "--output", "x.json", "--seconds", "soon")).isEqualTo(2);
        assertThat(run("plan", "--input", DAY, "--output", "x.json", "--seconds", "5", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("usage: java -jar frontdoor.jar plan --input DAY.json --output PLAN.json --seconds S");
    }

    /** Deep nesting and a huge number once ended in a NullPointerException's stack trace. */
    @Test
    void aFileBeyondTheReadersLimitsIsRefusedWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"staff\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        Path huge = Files.writeString(dir.resolve("huge.json"), Files.readString(Path.of(DAY)).replaceFirst("\"minutes\": \\d+", "\"minutes\": 1" + "0".repeat(5000)));
        Path twice = Files.writeString(dir.resolve("twice.json"), Files.readString(Path.of(DAY)).replaceFirst("\"planDate\"", "\"planDate\": \"2026-01-01\", \"planDate\""));
        for (Path input : new Path[] {deep, huge, twice}) {
            assertThat(run("plan", "--input", input.toString(), "--output", dir.resolve("p.json").toString(), "--seconds", "1")).isEqualTo(1);
        }
        assertThat(err()).contains("deep.json: refused as bad input", "huge.json: refused as bad input", "  $: JSON beyond the size or nesting limits",
                "twice.json: refused as bad input", "  $.planDate: key given more than once").doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("p.json")).doesNotExist();
    }
}
