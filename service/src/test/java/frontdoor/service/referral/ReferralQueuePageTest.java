package frontdoor.service.referral;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.web.Words;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The queue page alone (a slice): one service call, the filters passed on, time left and overdue in words, what each
 * referral waits for and its overdue checks, the review flag, paging.
 */
@WebMvcTest(ReferralPages.class)
@Import({Words.class, ReferralQueuePageTest.FixedClock.class})
@WithMockUser(roles = "WORKER")
class ReferralQueuePageTest {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReferralService service;
    @MockitoBean
    PolicyHolder policy;

    @Test
    void theQueueShowsTimeLeftOverdueAndPages() throws Exception {
        PolicyInForce inForce = mock(PolicyInForce.class);
        when(inForce.zone()).thenReturn(ZoneId.of("Europe/London"));
        when(policy.current()).thenReturn(inForce);
        List<ReferralQueue.Item> items = List.of(
                new ReferralQueue.Item("R-LATE", ReferralStatus.AWAITING_DECISION, RagRating.RED, 4, "STRATEGY_DISCUSSION",
                        NOW.minusSeconds(2 * 3600), NOW.minusSeconds(6 * 3600), false, List.of(Agency.POLICE, Agency.HEALTH),
                        List.of(new ReferralQueue.OverdueCheck("POLICE_CHECK", Agency.POLICE, NOW.minusSeconds(3 * 3600)))),
                new ReferralQueue.Item("R-SOON", ReferralStatus.AWAITING_DECISION, RagRating.AMBER, 3, "MASH_ENQUIRY",
                        NOW.plusSeconds(90 * 60), NOW.minusSeconds(3600), false, List.of(Agency.EDUCATION), List.of()),
                new ReferralQueue.Item("R-REVIEW", ReferralStatus.DECIDED, RagRating.AMBER, 3, "MASH_ENQUIRY",
                        NOW.plusSeconds(20 * 3600), NOW.minusSeconds(3600), true, List.of(), List.of()));
        when(service.queue(ReferralStatus.AWAITING_DECISION, RagRating.RED, 1, ReferralPages.PAGE_SIZE))
                .thenReturn(new ReferralQueue.Page(items, 1, ReferralPages.PAGE_SIZE, 45));
        mvc.perform(get("/referrals").param("status", "AWAITING_DECISION").param("rag", "RED").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("45 referrals match."),
                        Matchers.containsString("Overdue by 2 hours"),
                        Matchers.containsString("1 hour 30 minutes left"),
                        Matchers.containsString("Police, Health"),
                        Matchers.containsString("Police check overdue by 3 hours"),
                        Matchers.containsString("No open check"),
                        Matchers.containsString("Review needed"),
                        Matchers.containsString("23 November 2026 at 1:30pm"),
                        Matchers.containsString("href=\"/referrals?status=AWAITING_DECISION&amp;rag=RED&amp;page=3\""),
                        Matchers.containsString("aria-current=\"page\""))));
    }
}
