package frontdoor.service.allocation;

import static frontdoor.service.allocation.Day.plan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.service.ServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Nobody has to tell the plan: a RED referral in screening is placed in the latest plan within seconds. */
@ServiceTest
@TestPropertySource(properties = {"frontdoor.allocation.solve-seconds=3", "frontdoor.allocation.watch-seconds=1"})
class RedReferralWatchTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aRedReferralIsPlacedInTheLatestPlanWithoutAChange() throws Exception {
        Day day = new Day(mvc);
        day.team();
        day.referral(Duration.ofMinutes(4));
        String id = day.start().get("id").asText();
        day.finished(id);
        String red = day.referral(Duration.ofMinutes(1));
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode view = day.get(id);
        while (view.get("revision").asInt() == 1 && System.nanoTime() < until) {
            Thread.sleep(100);
            view = day.get(id);
        }
        assertThat(view.get("lastChange").asText()).isEqualTo("referral " + red + " arrived");
        assertThat(plan(view).assignments()).filteredOn(a -> a.taskId().startsWith(red + "-")).hasSize(6);
        assertThat(plan(day.finished(id)).assignments()).filteredOn(a -> a.taskId().startsWith(red + "-")).hasSize(6);
        Thread.sleep(1500); // and only once
        assertThat(day.get(id).get("revision").asInt()).isEqualTo(2);
        day.decideAll();
    }
}
