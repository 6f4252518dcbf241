package frontdoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Recommendation;
import frontdoor.rules.Referral;
import frontdoor.rules.StrictJson;
import frontdoor.rules.WhatWouldChange;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every accepted referral of the corpus: each what-would-change entry equals a direct evaluation of the
 * referral's JSON with that fact taken out (read again by the contract's reader), and every fact that
 * changes nothing is not listed.
 */
class WhatWouldChangeCorpusTest {
    static final Path CASES = ScenarioCorpusTest.CASES;
    static final WhatWouldChange WHAT_WOULD_CHANGE = new WhatWouldChange(ScenarioCorpusTest.RECOMMENDER);
    static final Map<String, JsonNode> DEFAULTS = Map.of("openCase", StrictJson.DOCUMENT.tree("false"),
            "allocatedTeam", StrictJson.DOCUMENT.tree("null"), "contactsLast12Months", StrictJson.DOCUMENT.tree("0"),
            "previousChildProtectionPlan", StrictJson.DOCUMENT.tree("false"), "earlyHelpOpen", StrictJson.DOCUMENT.tree("false"));

    /** Entries found over the corpus, so the test cannot pass by finding none. */
    static final AtomicInteger LISTED = new AtomicInteger();

    @AfterAll
    static void theCorpusHasFactsThatMakeADifference() {
        assertThat(LISTED.get()).isGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> eachEntryIsTheReferralEvaluatedWithoutItsFact() throws IOException {
        List<Path> accepted = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(CASES)) {
            if (!StrictJson.DOCUMENT.tree(file).path("expect").path("rejected").asBoolean(false)) {
                accepted.add(file);
            }
        }
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(50);
        return accepted.stream().map(file -> DynamicTest.dynamicTest(CASES.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        var recommender = ScenarioCorpusTest.RECOMMENDER;
        JsonNode json = StrictJson.DOCUMENT.tree(file).get("referral");
        Referral referral = recommender.reader().read(json);
        Recommendation now = recommender.recommend(referral);
        List<WhatWouldChange.Entry> entries = WHAT_WOULD_CHANGE.of(referral);
        int listed = 0;
        for (Candidate candidate : candidates(json)) {
            Recommendation then = recommender.recommend(recommender.reader().read(candidate.json()));
            List<WhatWouldChange.Entry> matching = entries.stream().filter(e -> e.fact().equals(candidate.fact())).toList();
            if (outputs(then).equals(outputs(now))) {
                assertThat(matching).as("%s changes nothing, so is not listed", candidate.fact().label()).isEmpty();
                continue;
            }
            listed++;
            assertThat(matching).as("%s changes %s", candidate.fact().label(), outputs(then)).hasSize(1);
            WhatWouldChange.Entry entry = matching.get(0);
            Map<String, Object> from = outputs(now);
            Map<String, Object> to = outputs(then);
            List<WhatWouldChange.Change> expected = WhatWouldChange.OUTPUTS.stream().filter(o -> !from.get(o).equals(to.get(o)))
                    .map(o -> new WhatWouldChange.Change(o, from.get(o), to.get(o))).toList();
            assertThat(entry.changes()).as(entry.text()).isEqualTo(expected);
            Set<String> changed = expected.stream().map(WhatWouldChange.Change::output).collect(Collectors.toSet());
            assertThat(entry.rules()).as(entry.text()).isEqualTo(then.reasons().stream().filter(r -> changed.contains(r.output()))
                    .map(Recommendation.Reason::rule).distinct().toList());
            assertThat(entry.text()).startsWith("without " + candidate.fact().label() + ": ");
        }
        assertThat(entries).hasSize(listed);
        LISTED.addAndGet(listed);
    }

    record Candidate(WhatWouldChange.Fact fact, JsonNode json) {
    }

    /** Each distinct concern and each history field not at its default, taken out of the referral's JSON. */
    private static List<Candidate> candidates(JsonNode referral) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (JsonNode concern : referral.path("concerns")) {
            String code = concern.get("code").asText();
            String agency = concern.get("agency").asText();
            if (!seen.add(code + " " + agency)) {
                continue;
            }
            ObjectNode copy = referral.deepCopy();
            ArrayNode left = copy.putArray("concerns");
            for (JsonNode c : referral.path("concerns")) {
                if (!(c.get("code").asText().equals(code) && c.get("agency").asText().equals(agency))) {
                    left.add(c);
                }
            }
            candidates.add(new Candidate(WhatWouldChange.Fact.concern(code, frontdoor.rules.Agency.valueOf(agency)), copy));
        }
        JsonNode history = referral.path("history");
        for (String field : List.of("openCase", "allocatedTeam", "contactsLast12Months", "previousChildProtectionPlan", "earlyHelpOpen")) {
            JsonNode value = history.get(field);
            if (value == null || value.equals(DEFAULTS.get(field))) {
                continue;
            }
            ObjectNode copy = referral.deepCopy();
            ((ObjectNode) copy.get("history")).set(field, DEFAULTS.get(field));
            candidates.add(new Candidate(WhatWouldChange.Fact.history(field, value.isTextual() ? value.asText() : value.toString()), copy));
        }
        return candidates;
    }

    private static Map<String, Object> outputs(Recommendation r) {
        return Map.of("thresholdLevel", r.thresholdLevel(), "rag", r.rag().name(), "pathway", r.pathway(),
                "actions", List.copyOf(new TreeSet<>(r.actions())), "informationGaps", List.copyOf(new TreeSet<>(r.informationGaps())));
    }
}
