package frontdoor.service.dashboard;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page alone (a slice): each figure's plot box, its table, its CSV link; a bad period named. */
@WebMvcTest(DashboardPages.class)
@WithMockUser(roles = "MANAGER")
class DashboardPageTest {
    static final Period PERIOD = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), ZoneId.of("Europe/London"));
    static final Figure OUTCOMES = new Figure("outcomes", "Outcomes by pathway", "No further action: 1 of 4 (25%) of decided referrals.",
            "bar", "Pathway", List.of("MASH enquiry", "No further action"), List.of(new Figure.Series("Decided referrals", List.of(3L, 1L))), "note");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Dashboard dashboard;

    @Test
    void eachFigureHasAPlotATableAndItsCsv() throws Exception {
        when(dashboard.period("2026-11-01", "2026-11-30")).thenReturn(PERIOD);
        when(dashboard.figures(PERIOD)).thenReturn(List.of(OUTCOMES));
        mvc.perform(get("/dashboard").param("from", "2026-11-01").param("to", "2026-11-30")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("1 November 2026"),
                        Matchers.containsString("id=\"chart-outcomes\" role=\"img\""),
                        Matchers.containsString("<th scope=\"row\" class=\"govuk-table__header\">MASH enquiry</th>"),
                        Matchers.matchesPattern("(?s)(?!.*id=\"table-outcomes\".*id=\"table-outcomes\").*"),
                        Matchers.containsString("href=\"/dashboard/outcomes.csv?from=2026-11-01&amp;to=2026-11-30\""),
                        Matchers.matchesPattern("(?s).*src=\"/webjars/echarts/[0-9.]+/dist/echarts.min.js\".*"))));
    }

    @Test
    void theCsvIsADownload() throws Exception {
        when(dashboard.period(null, null)).thenReturn(PERIOD);
        when(dashboard.figure("outcomes", PERIOD)).thenReturn(OUTCOMES);
        mvc.perform(get("/dashboard/outcomes.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("frontdoor-outcomes-2026-11-01-to-2026-11-30.csv")))
                .andExpect(content().string("Pathway,Decided referrals\r\nMASH enquiry,3\r\nNo further action,1\r\n"));
    }

    @Test
    void aBadPeriodIsNamed() throws Exception {
        when(dashboard.period("yesterday", null)).thenThrow(new InvalidInputException(List.of(new Problem("from", "bad"))));
        when(dashboard.period(null, null)).thenReturn(PERIOD);
        mvc.perform(get("/dashboard").param("from", "yesterday")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"#from\""),
                        Matchers.containsString("value=\"yesterday\""))));
    }
}
