package frontdoor.service.dashboard;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/dashboard}: every figure of the dashboard page as JSON, for the period asked (12 weeks to today unless asked). */
@Tag(name = "Dashboard", description = "Counts of referrals and decisions over a period (managers and auditors)")
@RestController
class DashboardController {
    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** The period counted (both days included) and its figures; counts only. */
    record Answer(LocalDate from, LocalDate to, List<Figure> figures) {
    }

    @Operation(summary = "The dashboard's figures for a period (12 weeks to today unless asked)")
    @Refuses(Refusal.BAD_INPUT)
    @GetMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    Answer figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period p = dashboard.period(from, to);
        return new Answer(p.first(), p.last(), dashboard.figures(p));
    }
}
