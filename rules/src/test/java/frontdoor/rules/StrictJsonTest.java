package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of JSON text: what it refuses, where it says the problem is, and that it never throws anything else. */
class StrictJsonTest {

    static List<Problem> problems(StrictJson reader, String text) {
        JsonChecks checks = new JsonChecks();
        assertThat(reader.tree(text, checks)).isNull();
        assertThatThrownBy(() -> reader.tree(text)).isInstanceOf(InvalidInputException.class);
        return checks.problems();
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsPathWhereverItIs() {
        assertThat(problems(StrictJson.BODY, "{\"thresholdLevel\": 3, \"rag\": \"GREEN\", \"rag\": \"RED\"}"))
                .containsExactly(new Problem("$.rag", "key given more than once"));
        assertThat(problems(StrictJson.BODY, "{\"child\": {\"childId\": \"C1\", \"unborn\": true, \"childId\": \"C2\"}}"))
                .containsExactly(new Problem("$.child.childId", "key given more than once"));
        assertThat(problems(StrictJson.DOCUMENT, "{\"staff\": [{\"id\": \"S1\"}, {\"id\": \"S2\", \"id\": \"S3\"}]}"))
                .containsExactly(new Problem("$.staff[1].id", "key given more than once"));
    }

    @Test
    void contentAfterTheValueIsRefused() {
        assertThat(problems(StrictJson.BODY, "{\"rag\": \"RED\"} trailing")).containsExactly(new Problem("$", "content after the JSON value"));
        assertThat(problems(StrictJson.BODY, "{\"rag\": \"RED\"}{}")).containsExactly(new Problem("$", "content after the JSON value"));
    }

    @Test
    void malformedJsonNamesWhereItBrokeWithoutQuotingTheInput() {
        List<Problem> p = problems(StrictJson.BODY, "{\"concerns\": [{\"code\": \"NEGLECT\", \"note\": Jane Smith}]}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).isEqualTo("$.concerns[0].note");
        assertThat(p.get(0).reason()).startsWith("malformed JSON at line 1, column").doesNotContain("Jane");
        assertThat(problems(StrictJson.BODY, "{")).extracting(Problem::path).containsExactly("$");
    }

    @Test
    void nestingNumbersAndSizeBeyondTheLimitsAreProblemsNotExceptions() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(problems(StrictJson.DOCUMENT, deep)).extracting(Problem::path).containsExactly("$");
        assertThat(problems(StrictJson.DOCUMENT, deep).get(0).reason()).startsWith("JSON beyond the size or nesting limits");
        assertThat(problems(StrictJson.BODY, "{\"minutes\": 1" + "0".repeat(2000) + "}").get(0).reason()).startsWith("JSON beyond the size or nesting limits");
        assertThat(problems(StrictJson.BODY, "{\"note\": \"" + "x".repeat(1 << 20) + "\"}").get(0).reason()).startsWith("JSON beyond the size or nesting limits");
        assertThat(StrictJson.DOCUMENT.tree("{\"note\": \"" + "x".repeat(1 << 20) + "\"}").get("note").asText()).hasSize(1 << 20);
    }

    @Test
    void emptyTextIsAMissingValueForTheShapeReaderToName() {
        JsonChecks checks = new JsonChecks();
        JsonNode empty = StrictJson.BODY.tree("  ", checks);
        assertThat(empty.isMissingNode()).isTrue();
        assertThat(checks.object(empty, "$", java.util.Set.of())).isFalse();
        assertThat(checks.problems()).containsExactly(new Problem("$", "must be an object"));
    }

    record Stored(String id, int minutes) {
    }

    @Test
    void storedRowsBindStrictlyToTheirRecord() {
        assertThat(StrictJson.DOCUMENT.value("{\"id\": \"S1\", \"minutes\": 30}", Stored.class)).isEqualTo(new Stored("S1", 30));
        assertThatThrownBy(() -> StrictJson.DOCUMENT.value("{\"id\": \"S1\", \"minutes\": 30, \"extra\": 1}", Stored.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("$.extra, reason=unknown field");
        assertThatThrownBy(() -> StrictJson.DOCUMENT.value("{\"id\": \"S1\", \"id\": \"S2\", \"minutes\": 30}", Stored.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than once");
    }
}
