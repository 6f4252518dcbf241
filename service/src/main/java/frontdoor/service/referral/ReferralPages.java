package frontdoor.service.referral;

import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.RagRating;
import frontdoor.rules.ReferralReader;
import frontdoor.rules.SourceMethod;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import frontdoor.service.web.TimeInWords;
import frontdoor.service.web.Words;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The screening queue and the referral form: pages over {@link ReferralService}, the same methods the API
 * calls. The form's referral is checked by the decision core's reader and nothing else.
 */
@Controller
@RequestMapping("/referrals")
class ReferralPages {
    static final int PAGE_SIZE = 20;
    /** A time received up to this far ahead of the service's clock is taken as the worker's clock, not a slip. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.UK);

    private final ReferralService service;
    private final PolicyHolder policy;
    private final Clock clock;
    private final Words words;

    ReferralPages(ReferralService service, PolicyHolder policy, ObjectProvider<Clock> clock, Words words) {
        this.words = words;
        this.service = service;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One line of the queue as the page shows it: {@code waitingFor} agencies, each overdue check in words. */
    record Line(String referralId, ReferralStatus status, RagRating rag, int thresholdLevel, String pathway,
                String due, String left, boolean overdue, boolean needsReview, List<Agency> waitingFor, List<String> overdueChecks) {
    }

    @GetMapping
    String queue(@RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) RagRating rag,
                 @RequestParam(defaultValue = "1") int page, Model model) {
        int shown = Math.max(page, 1);
        ReferralQueue.Page found = service.queue(status, rag, shown - 1, PAGE_SIZE);
        Instant now = clock.instant();
        ZoneId zone = policy.current().zone();
        model.addAttribute("lines", found.items().stream().map(i -> new Line(i.referralId(), i.status(), i.rag(), i.thresholdLevel(),
                i.pathway(), TimeInWords.at(i.screeningDueBy(), zone), TimeInWords.left(now, i.screeningDueBy()),
                i.status() == ReferralStatus.AWAITING_DECISION && TimeInWords.overdue(now, i.screeningDueBy()), i.needsReview(),
                i.waitingFor(), i.overdueChecks().stream().map(c -> words.of(c.checkId()) + " " + TimeInWords.left(now, c.dueBy())).toList()))
                .toList());
        model.addAttribute("status", status);
        model.addAttribute("rag", rag);
        model.addAttribute("page", shown);
        model.addAttribute("pages", Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("totalItems", found.totalItems());
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("rags", RagRating.values());
        return "referrals/queue";
    }

    @GetMapping("/new")
    String form(Model model) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.current().zone());
        return form(model, ReferralForm.startingAt(now, "R-" + ID_DAY.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8)),
                new FormErrors());
    }

    /** "Add another concern" and "Remove" come back to the form; "Send referral" submits it. */
    @PostMapping("/new")
    String send(@ModelAttribute("form") ReferralForm form, @RequestParam(required = false) String add,
                @RequestParam(required = false) Integer remove, Principal who, Model model) {
        if (add != null) {
            if (form.getConcerns().size() < ReferralReader.MAX_CONCERNS) {
                form.getConcerns().add(new ReferralForm.Concern());
            }
            return form(model, form, new FormErrors());
        }
        if (remove != null && remove >= 0 && remove < form.getConcerns().size()) {
            form.getConcerns().remove((int) remove);
            return form(model, form, new FormErrors());
        }
        ZoneId zone = policy.current().zone();
        if (form.receivedAfter(clock.instant().plus(CLOCK_SLACK), zone)) {
            return form(model, form, receivedInTheFuture(form, zone));
        }
        try {
            Submission s = service.submit(form.toJson(zone), who.getName());
            return "redirect:/referrals/" + UriUtils.encodePathSegment(s.referralId(), "UTF-8");
        } catch (InvalidInputException e) {
            return form(model, form, ReferralFormErrors.of(e.problems(), form.sentRows()));
        } catch (ApiException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("referralId", "A different referral was received before with this referral id: give another id");
            return form(model, form, errors);
        }
    }

    /** Every problem the reader finds (nothing is stored), and the time received later than now. */
    private FormErrors receivedInTheFuture(ReferralForm form, ZoneId zone) {
        FormErrors errors = new FormErrors();
        try {
            policy.current().recommender().reader().read(form.toJson(zone));
        } catch (InvalidInputException e) {
            errors = ReferralFormErrors.of(e.problems(), form.sentRows());
        }
        errors.add("receivedAt-day", "Date and time received must be now or in the past");
        return errors;
    }

    private String form(Model model, ReferralForm form, FormErrors errors) {
        if (form.getConcerns().isEmpty()) {
            form.getConcerns().add(new ReferralForm.Concern());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", ConcernChoices.of(policy.current().recommender().catalogue()));
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("methods", SourceMethod.values());
        model.addAttribute("consents", Consent.values());
        return "referrals/new";
    }
}
