package frontdoor.service.audit;

import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.FormErrors;
import frontdoor.service.web.TimeInWords;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: can the record be trusted (the chain checked each time the page opens, and again on
 * the button), and who did what to which record, filtered and paged through the same {@link AuditTrail}
 * query and {@link AuditFilter} as {@code GET /api/v1/audit}.
 */
@Controller
@RequestMapping("/audit")
class AuditPages {
    static final int PAGE_SIZE = 25;
    private final AuditLog log;
    private final AuditTrail trail;
    private final AuditZone zone;

    AuditPages(AuditLog log, AuditTrail trail, AuditZone zone) {
        this.log = log;
        this.trail = trail;
        this.zone = zone;
    }

    /** One entry as the page shows it: its time in words; the detail is the entry's own (never personal data). */
    record Line(long seq, String at, String actor, AuditAction action, String subject, String detail) {
    }

    /** The filters as typed, to fill the form again and to carry into the paging links. */
    record Asked(String subject, String actor, String action, String from, String to) {
    }

    @GetMapping
    String trail(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page, Model model) {
        ZoneId zone = this.zone.zone();
        Asked asked = new Asked(subject, actor, action, from, to);
        FormErrors errors = new FormErrors();
        AuditFilter filter;
        try {
            filter = AuditFilter.of(subject, actor, action, from, to, zone);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add(p.path(), message(p.path())));
            filter = null;
        }
        int shown = Math.max(page, 1);
        AuditTrail.Page found = filter == null ? new AuditTrail.Page(List.of(), 0, PAGE_SIZE, 0) : trail.page(filter, shown - 1, PAGE_SIZE);
        model.addAttribute("verification", log.verify());
        model.addAttribute("asked", asked);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("lines", found.entries().stream().map(e -> new Line(e.seq(), TimeInWords.at(e.at(), zone), e.actor(),
                AuditAction.valueOf(e.action()), e.subject(), e.detail())).toList());
        model.addAttribute("page", shown);
        model.addAttribute("pages", found.pages());
        model.addAttribute("totalEntries", found.totalEntries());
        return "audit/trail";
    }

    private static String message(String field) {
        return switch (field) {
            case "action" -> "Choose an action from the list";
            case "from" -> "Enter the first day as year-month-day, for example 2026-11-23";
            default -> "Enter the last day as year-month-day, on or after the first day";
        };
    }
}
