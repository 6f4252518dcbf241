package frontdoor.service.home;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.RagRating;
import frontdoor.service.decision.SignOffs;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.policy.PolicyInForce;
import frontdoor.service.allocation.AllocationService;
import frontdoor.service.policy.Drafts;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.audit.AuditTrail;
import frontdoor.service.audit.Verification;
import frontdoor.service.referral.ReferralService;
import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's and the manager's home pages (a slice): the chain's state and today's entries; the dashboard and sign-off links. */
@WebMvcTest(HomePage.class)
@Import(Words.class)
class HomePageTest {
    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReferralService referrals;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    PolicyHolder policy;
    @MockitoBean
    AllocationService plans;
    @MockitoBean
    Drafts drafts;
    @MockitoBean
    SignOffs signOffs;

    @Test
    @WithMockUser(roles = "AUDITOR")
    void theAuditorSeesTheChainAndToday() throws Exception {
        PolicyInForce inForce = mock(PolicyInForce.class);
        when(inForce.zone()).thenReturn(ZoneId.of("Europe/London"));
        when(policy.current()).thenReturn(inForce);
        when(audit.verify()).thenReturn(new Verification(false, 41, 42L, "its content does not match its hash"));
        when(trail.page(any(), eq(0), eq(1))).thenReturn(new AuditTrail.Page(List.of(), 0, 1, 12));
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("The audit chain is broken at entry <span>42</span>"),
                Matchers.containsString("its content does not match its hash. From this entry on"),
                Matchers.containsString("id=\"recorded-today\">12</span>"),
                Matchers.containsString("href=\"/audit\""), Matchers.containsString("href=\"/dashboard\""))));
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void theManagerHasTheDashboardAndTheSignOffs() throws Exception {
        when(plans.zone()).thenReturn(ZoneId.of("Europe/London"));
        when(signOffs.awaiting()).thenReturn(List.of(new SignOffs.Waiting("R-1", 1, 3, RagRating.AMBER, "MASH_ENQUIRY", "worker",
                Instant.parse("2026-11-23T10:00:00Z"), false, 3, RagRating.AMBER, false), new SignOffs.Waiting("R-2", 1, 4, RagRating.RED,
                "STRATEGY_DISCUSSION", "worker", Instant.parse("2026-11-23T11:00:00Z"), true, 4, RagRating.RED, false)));
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("id=\"dashboard-link\""), Matchers.not(Matchers.containsString("audit chain")),
                Matchers.containsString("href=\"/sign-offs\""), Matchers.containsString("Sign off decisions: 2 are waiting"))));
    }
}
