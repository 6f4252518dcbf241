package frontdoor.service.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page alone (a slice): the filters passed to the one trail query, paging links, the chain's result, bad filters. */
@WebMvcTest(AuditPages.class)
@Import(Words.class)
@WithMockUser(roles = "AUDITOR")
class AuditPageTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final AuditEntry VIEWED = new AuditEntry(41, Instant.parse("2026-11-23T09:15:00Z"), "auditor", "VIEWED", "R-1", "{}", "a", "b");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditLog log;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    AuditZone zone;

    @BeforeEach
    void policy() {
        when(zone.zone()).thenReturn(LONDON);
        when(log.verify()).thenReturn(Verification.ok(41));
    }

    @Test
    void theFiltersGoToTheTrailAndThePagesKeepThem() throws Exception {
        AuditFilter asked = AuditFilter.of("R-1", "auditor", "VIEWED", "2026-11-23", "2026-11-24", LONDON);
        when(trail.page(asked, 1, AuditPages.PAGE_SIZE)).thenReturn(new AuditTrail.Page(List.of(VIEWED), 1, AuditPages.PAGE_SIZE, 60));
        mvc.perform(get("/audit").param("subject", "R-1").param("actor", "auditor").param("action", "VIEWED")
                        .param("from", "2026-11-23").param("to", "2026-11-24").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("The audit chain is intact"),
                        Matchers.containsString("All 41 entries were checked"),
                        Matchers.containsString("60 entries match, oldest first."),
                        Matchers.containsString("23 November 2026 at 9:15am"),
                        Matchers.containsString("<option value=\"VIEWED\" selected=\"selected\">Viewed</option>"),
                        Matchers.containsString("href=\"/audit?subject=R-1&amp;actor=auditor&amp;action=VIEWED&amp;from=2026-11-23&amp;to=2026-11-24&amp;page=3\""),
                        Matchers.containsString("aria-current=\"page\""))));
    }

    @Test
    void aBrokenChainSaysWhereAndWhy() throws Exception {
        when(log.verify()).thenReturn(Verification.broken(41, 42, "its content does not match its hash"));
        when(trail.page(AuditFilter.ANY, 0, AuditPages.PAGE_SIZE)).thenReturn(new AuditTrail.Page(List.of(), 0, AuditPages.PAGE_SIZE, 0));
        mvc.perform(get("/audit")).andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
                Matchers.containsString("The audit chain is broken at entry <span>42</span>"),
                Matchers.containsString("Entry 42: its content does not match its hash. The 41 entries before it are intact"))));
    }

    @Test
    void badFiltersAreNamedAndNothingIsSearched() throws Exception {
        mvc.perform(get("/audit").param("from", "23/11/2026").param("action", "ERASED")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("govuk-error-summary"),
                        Matchers.containsString("href=\"#from\""), Matchers.containsString("href=\"#action\""),
                        Matchers.containsString("0 entries match"))));
        verify(trail, never()).page(any(), eq(0), eq(AuditPages.PAGE_SIZE));
    }
}
