package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replaying inputs on two versions: counts, falls and rises, the breakdown by rows, workload, and what cannot be evaluated. */
class ReplayTest {
    static Recommender shipped;
    static Recommender r3Red;
    static final Function<String, List<String>> CHECKS = pathway -> pathway.equals("STRATEGY_DISCUSSION") ? List.of("POLICE_CHECK") : List.of();

    @BeforeAll
    static void compile() {
        shipped = Recommender.compile(PolicyBundle.shipped());
        Map<String, String> files = new LinkedHashMap<>(PolicyBundle.shipped().files());
        files.put(PolicyBundle.SCREENING_MODEL, files.get(PolicyBundle.SCREENING_MODEL).replace(
                "<outputEntry><text>\"AMBER\"</text></outputEntry>\n        <outputEntry><text>[]</text></outputEntry>\n"
                        + "        <annotationEntry><text>R3</text>",
                "<outputEntry><text>\"RED\"</text></outputEntry>\n        <outputEntry><text>[]</text></outputEntry>\n"
                        + "        <annotationEntry><text>R3</text>"));
        files.put(PolicyBundle.CATALOGUE, files.get(PolicyBundle.CATALOGUE).replaceFirst(
                "(?s),\\s*\\{\\s*\"code\": \"SOCIAL_ISOLATION\".*?\\}", ""));
        r3Red = Recommender.compile(new PolicyBundle(files));
    }

    static Replay.Input referral(String id, String code) {
        return new Replay.Input(id, """
                {"referralId":"%s","receivedAt":"2026-11-23T09:15:00Z","source":{"agency":"POLICE","method":"POLICE_NOTIFICATION"},
                 "child":{"childId":"C-%s","dateOfBirth":"2016-06-02"},"consent":"GIVEN",
                 "concerns":[{"code":"%s","agency":"POLICE","note":"never in a report"}]}""".formatted(id, id, code));
    }

    static final List<Replay.Input> INPUTS = List.of(referral("A", "DOMESTIC_ABUSE_HIGH"), referral("B", "PERSISTENT_ABSENCE"),
            referral("C", "SOCIAL_ISOLATION"), new Replay.Input("D", "{\"referralId\": 1}"));

    @Test
    void aRowMadeRedIsARiseCountedWithItsRowAndItsWorkload() {
        Impact.Report r = new Replay(shipped, r3Red, CHECKS, CHECKS).addAll(INPUTS).report();
        assertThat(r.referrals()).isEqualTo(2);
        assertThat(r.changed()).containsExactly(Map.entry("thresholdLevel", 0), Map.entry("rag", 1), Map.entry("pathway", 0), Map.entry("actions", 0));
        assertThat(r.lower()).isZero();
        assertThat(r.higher()).isEqualTo(1);
        assertThat(r.falls()).isEmpty();
        assertThat(r.byRule()).containsExactly(new Impact.RuleChange("rag", "AMBER", "RED", List.of("R3"), List.of("R3"), 1, List.of("A")));
        assertThat(r.workload().red()).isEqualTo(new Impact.Count(0, 1));
        assertThat(r.workload().strategyDiscussions()).isEqualTo(new Impact.Count(1, 1));
        assertThat(r.workload().checksByKind()).containsExactly(Map.entry("POLICE_CHECK", new Impact.Count(1, 1)));
        assertThat(r.notEvaluated()).containsExactly(new Impact.NotEvaluated("C", "the draft's catalogue has no SOCIAL_ISOLATION"),
                new Impact.NotEvaluated("D", "the stored input is not a referral by the contract"));
        assertThat(r.toString()).doesNotContain("never in a report");
    }

    @Test
    void theOtherWayRoundItIsAFallListedById() {
        Impact.Report r = new Replay(r3Red, shipped, CHECKS, CHECKS).addAll(INPUTS).report();
        assertThat(r.lower()).isEqualTo(1);
        assertThat(r.higher()).isZero();
        assertThat(r.falls()).containsExactly(new Impact.Fall("A", 4, 4, RagRating.RED, RagRating.AMBER, "STRATEGY_DISCUSSION", "STRATEGY_DISCUSSION"));
        assertThat(r.notEvaluated()).extracting(Impact.NotEvaluated::problem).first().isEqualTo("the version in force's catalogue has no SOCIAL_ISOLATION");
    }
}
