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
import java.security.Principal;
import java.time.Clock;
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
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.UK);

    private final ReferralService service;
    private final PolicyHolder policy;
    private final Clock clock;

    ReferralPages(ReferralService service, PolicyHolder policy, ObjectProvider<Clock> clock) {
        this.service = service;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One line of the queue as the page shows it. */
    record Line(String referralId, ReferralStatus status, RagRating rag, int thresholdLevel, String pathway,
                String due, String left, boolean overdue) {
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
                i.status() == ReferralStatus.AWAITING_DECISION && TimeInWords.overdue(now, i.screeningDueBy()))).toList());
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
        try {
            Submission s = service.submit(form.toJson(policy.current().zone()), who.getName());
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
