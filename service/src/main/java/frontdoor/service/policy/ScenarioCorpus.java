package frontdoor.service.policy;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The shipped scenario corpus ({@code test-cases/cases}, built into the jar under {@code corpus/}), by case
 * id. A draft's own case of the same id replaces the shipped one: that is how a practice lead changing a
 * rule on purpose changes the expectation, where the approver sees it.
 */
@Component
class ScenarioCorpus {
    private final Map<String, String> cases;

    ScenarioCorpus() {
        this.cases = load();
    }

    /** Case id to the case file's text, sorted by id. */
    Map<String, String> cases() {
        return cases;
    }

    /**
     * What a practice lead starts a case file {@code cases/<id>.json} from: the shipped case of that id, to change
     * its expectation, or a new case with the contract's example referral and nothing expected yet.
     */
    String startingCase(String file) {
        String id = file.substring(PolicyFiles.CASES.length(), file.length() - ".json".length());
        return cases.getOrDefault(id, NEW_CASE.formatted(id));
    }

    private static final String NEW_CASE = """
            {
              "id": "%s",
              "title": "What this case proves",
              "referral": {
                "referralId": "R-2026-000123",
                "receivedAt": "2026-11-23T09:15:00Z",
                "source": { "agency": "POLICE", "method": "POLICE_NOTIFICATION" },
                "child": { "childId": "C-88", "familyId": "F-31", "dateOfBirth": "2026-06-02" },
                "consent": "NOT_SOUGHT",
                "concerns": [ { "code": "DOMESTIC_ABUSE_HIGH", "agency": "POLICE" } ]
              },
              "expect": {}
            }
            """;

    /** The id a case file gives itself, or the name it was given when it has none or cannot be read. */
    static String idOf(String name, String text) {
        try {
            return StrictJson.DOCUMENT.tree(text).path("id").asText(name);
        } catch (InvalidInputException e) {
            return name;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> cases = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(ScenarioCorpus.class.getClassLoader())
                    .getResources("classpath*:corpus/**/*.json")) {
                String text = r.getContentAsString(StandardCharsets.UTF_8);
                cases.put(idOf(r.getFilename(), text), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the scenario corpus cannot be read from the jar", e);
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("the scenario corpus is missing from the jar (corpus/**/*.json)");
        }
        return java.util.Collections.unmodifiableMap(cases);
    }
}
