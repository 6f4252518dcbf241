package frontdoor.service.dashboard;

import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page for managers and auditors: each figure as a plot (ECharts, drawn in the browser from the
 * figure's own numbers), the same numbers as a table, and as a CSV download from {@code /dashboard/{name}.csv}.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPages {
    private final Dashboard dashboard;

    DashboardPages(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        FormErrors errors = new FormErrors();
        Period p;
        try {
            p = dashboard.period(from, to);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> errors.add(problem.path(), "from".equals(problem.path())
                    ? "Enter the first day as year-month-day, for example 2026-09-01, less than 400 days before the last"
                    : "Enter the last day as year-month-day, on or after the first day"));
            p = dashboard.period(null, null);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("period", p);
        model.addAttribute("from", errors.isEmpty() ? p.first().toString() : from);
        model.addAttribute("to", errors.isEmpty() ? p.last().toString() : to);
        model.addAttribute("figures", errors.isEmpty() ? dashboard.figures(p) : List.of());
        return "dashboard/show";
    }

    @GetMapping("/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Period p = dashboard.period(from, to);
        Figure figure = dashboard.figure(name, p);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("frontdoor-" + name + "-" + p.first() + "-to-" + p.last() + ".csv").build().toString())
                .body(figure.csv());
    }
}
