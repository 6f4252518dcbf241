package frontdoor.service.gathering;

import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.InvalidInputException;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.ConcernChoices;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * The worker's forms for what the agencies know: a check's result, information without a check, a change
 * of consent. Each builds the API's body and goes through {@link Gathering} exactly as the API does; a
 * refusal comes back as the form with each broken field named, and nothing is stored.
 */
@Controller
@RequestMapping("/referrals/{referralId}")
class GatheringPages {
    private final Gathering gathering;
    private final PolicyHolder policy;

    GatheringPages(Gathering gathering, PolicyHolder policy) {
        this.gathering = gathering;
        this.policy = policy;
    }

    @GetMapping("/checks/{checkId}/result")
    String resultForm(@PathVariable String referralId, @PathVariable String checkId, Model model) {
        return finding(model, referralId, check(referralId, checkId), new FindingForm(), new FormErrors());
    }

    @PostMapping("/checks/{checkId}/result")
    String result(@PathVariable String referralId, @PathVariable String checkId, @ModelAttribute("form") FindingForm form,
                  Principal who, Model model) {
        Checks.Check check = check(referralId, checkId);
        try {
            gathering.result(referralId, checkId, form.toJson(check.agency()), who.getName());
            return revisions(referralId);
        } catch (InvalidInputException e) {
            return finding(model, referralId, check, form, form.errors(e.problems(), false));
        } catch (ApiException e) {
            return finding(model, referralId, check, form, conflict(e, "outcome", "This check is done already: someone recorded its result"));
        }
    }

    @GetMapping("/information")
    String informationForm(@PathVariable String referralId, Model model) {
        return finding(model, referralId, null, new FindingForm(), new FormErrors());
    }

    @PostMapping("/information")
    String information(@PathVariable String referralId, @ModelAttribute("form") FindingForm form, Principal who, Model model) {
        try {
            gathering.information(referralId, form.toJson(null), who.getName());
            return revisions(referralId);
        } catch (InvalidInputException e) {
            return finding(model, referralId, null, form, form.errors(e.problems(), true));
        }
    }

    @GetMapping("/consent")
    String consentForm(@PathVariable String referralId, Model model) {
        gathering.checks(referralId); // an unknown referral is a 404 here too
        return consent(model, referralId, new ConsentForm(), new FormErrors());
    }

    @PostMapping("/consent")
    String consent(@PathVariable String referralId, @ModelAttribute("form") ConsentForm form, Principal who, Model model) {
        try {
            gathering.consent(referralId, form.toJson(), who.getName());
            return revisions(referralId);
        } catch (InvalidInputException e) {
            return consent(model, referralId, form, ConsentForm.errors(e.problems()));
        }
    }

    private Checks.Check check(String referralId, String checkId) {
        return gathering.checks(referralId).stream().filter(c -> c.checkId().equals(checkId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("referral " + referralId + " has no check " + checkId));
    }

    private String finding(Model model, String referralId, Checks.Check check, FindingForm form, FormErrors errors) {
        model.addAttribute("referralId", referralId);
        model.addAttribute("check", check);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Finding.Outcome.values());
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("choices", ConcernChoices.of(policy.current().recommender().catalogue()));
        return "referrals/finding";
    }

    private String consent(Model model, String referralId, ConsentForm form, FormErrors errors) {
        model.addAttribute("referralId", referralId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("consents", Arrays.stream(Consent.values()).filter(c -> c != Consent.NOT_SOUGHT).toList());
        return "referrals/consent";
    }

    private static FormErrors conflict(ApiException e, String field, String message) {
        if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
            throw e;
        }
        FormErrors errors = new FormErrors();
        errors.add(field, message);
        return errors;
    }

    private static String revisions(String referralId) {
        return "redirect:/referrals/" + UriUtils.encodePathSegment(referralId, "UTF-8") + "#revisions";
    }
}
