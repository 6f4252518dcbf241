package frontdoor.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.RagRating;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A decision awaiting sign-off against the recommendation it is compared with, however that was stored. */
class WaitingTest {
    static SignOffs.Waiting amberLevel3Against(String recommendation) {
        return SignOffs.Waiting.of("R-1", 1, 3, RagRating.AMBER, "MASH_ENQUIRY", "worker", Instant.EPOCH, false, recommendation);
    }

    @Test
    void aLowerLevelOrALessUrgentRagIsBelowTheRecommendation() {
        assertThat(amberLevel3Against("{\"thresholdLevel\": 4, \"rag\": \"RED\"}").belowRecommendation()).isTrue();
        assertThat(amberLevel3Against("{\"thresholdLevel\": 3, \"rag\": \"RED\"}").belowRecommendation()).isTrue();
        assertThat(amberLevel3Against("{\"thresholdLevel\": 4, \"rag\": \"AMBER\"}").belowRecommendation()).isTrue();
        assertThat(amberLevel3Against("{\"thresholdLevel\": 3, \"rag\": \"AMBER\"}").belowRecommendation()).isFalse();
        assertThat(amberLevel3Against("{\"thresholdLevel\": 2, \"rag\": \"GREEN\"}").belowRecommendation()).isFalse();
    }

    /** An old or damaged stored recommendation never takes the queue (or the manager's home page) down. */
    @Test
    void aRecommendationThatCannotBeReadLeavesTheDecisionListedAndUnmarked() {
        for (String unreadable : new String[] {"{\"x\": [1, 2]}", "{\"thresholdLevel\": \"four\"}", "{\"rag\": \"PURPLE\"}", "not json", null}) {
            SignOffs.Waiting w = amberLevel3Against(unreadable);
            assertThat(w.referralId()).isEqualTo("R-1");
            assertThat(w.belowRecommendation()).as(unreadable).isFalse();
        }
        assertThat(amberLevel3Against("{\"x\": 1}").recommendedRag()).isNull();
    }
}
