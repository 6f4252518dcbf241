package frontdoor.service.decision;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.RagRating;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-off queue page alone (a slice): what {@link SignOffs#awaiting} answers, in words, each linking its referral. */
@WebMvcTest(SignOffPages.class)
@Import(Words.class)
@WithMockUser(roles = "MANAGER")
class SignOffPagesTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    SignOffs signOffs;
    @MockitoBean
    PolicyHolder policy;

    @Test
    void theQueueListsEachDecisionWithItsReviewFlag() throws Exception {
        PolicyInForce inForce = mock(PolicyInForce.class);
        when(inForce.zone()).thenReturn(ZoneId.of("Europe/London"));
        when(policy.current()).thenReturn(inForce);
        when(signOffs.awaiting()).thenReturn(List.of(
                new SignOffs.Waiting("R-1", 1, 3, RagRating.AMBER, "MASH_ENQUIRY", "worker", Instant.parse("2026-11-23T10:00:00Z"), false,
                        4, RagRating.RED, true),
                new SignOffs.Waiting("R-2", 2, 4, RagRating.RED, "STRATEGY_DISCUSSION", "worker2", Instant.parse("2026-11-23T11:30:00Z"), true,
                        4, RagRating.RED, false)));
        mvc.perform(get("/sign-offs")).andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("href=\"/referrals/R-1#sign-off\""), Matchers.containsString("href=\"/referrals/R-2#sign-off\""),
                Matchers.containsString("23 November 2026 at 10:00am"), Matchers.containsString("MASH enquiry"),
                Matchers.containsString("Review needed"), Matchers.containsString("worker2"),
                Matchers.matchesRegex("(?s).*id=\"recommended-R-1\">\\s*Red, level 4\\s*<strong[^>]*>Decided lower</strong>.*"),
                Matchers.matchesRegex("(?s).*id=\"recommended-R-2\">\\s*Red, level 4\\s*</td>.*"))));
        when(signOffs.awaiting()).thenReturn(List.of());
        mvc.perform(get("/sign-offs")).andExpect(content().string(Matchers.containsString("No decision is waiting for sign-off.")));
    }
}
