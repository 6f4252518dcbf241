package frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The add-on's metrics as a version records them: text outcomes and rule firings, nothing numeric (the child's age). */
class KieMonitoringTest {

    @Test
    void textOutcomesAndFiringsAreRecordedUnderTheVersionAndNoNumberIs() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Recommender recommender = Recommender.compile(PolicyBundle.shipped()).monitored(KieMonitoring.into(registry));
        // level 3 concern for a child under 1: ESC:VERY_YOUNG raises it to 4, RED
        String referral = CatchAllReasonTest.referral(java.time.LocalDate.now().minusMonths(6).toString(),
                "{\"code\":\"DOMESTIC_ABUSE_MEDIUM\",\"agency\":\"POLICE\"}");
        Recommendation first = recommender.recommend(recommender.reader().read(referral));
        recommender.recommend(recommender.reader().read(referral));
        assertThat(first.rag()).isEqualTo(RagRating.RED);

        assertThat(registry.get("string_dmn_result").tags("decision", "RAG outcome", "identifier", "RED", "version", first.policyVersion(),
                "artifactId", KieMonitoring.ARTIFACT).counter().count()).isEqualTo(2);
        assertThat(registry.get("drl_match_fired_nanosecond").tags("rule", "ESC:VERY_YOUNG", "version", first.policyVersion()).summary().count())
                .isEqualTo(2);
        assertThat(registry.getMeters()).extracting(m -> m.getId().getName())
                .allMatch(name -> !name.endsWith("_dmn_result") || name.equals("string_dmn_result"));
        assertThat(registry.getMeters()).map(Meter::getId).noneMatch(id -> "Child age".equals(id.getTag("decision")));
    }
}
