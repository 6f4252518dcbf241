package frontdoor.service.policy;

import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.FormErrors;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policy in force, read-only ({@code /policy}): what is in force, since when and who agreed it, then the
 * tables, escalations, catalogue, timescales, recipes and weights as the compiled version holds them.
 * A practice lead makes a draft here (its note says what it is for); the draft's own page does the rest
 * (docs/policy.md).
 */
@Controller
class PolicyPage {
    private final PolicyHolder holder;
    private final Drafts drafts;

    PolicyPage(PolicyHolder holder, Drafts drafts) {
        this.holder = holder;
        this.drafts = drafts;
    }

    @GetMapping("/policy")
    String show(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        PolicyInForce policy = holder.current();
        model.addAttribute("overview", drafts.overview());
        model.addAttribute("policy", PolicyContents.of(policy));
        model.addAttribute("zone", policy.zone());
        return "policy/show";
    }

    /** Makes a draft from the version in force; refused, this page again with the note's error beside it. */
    @PostMapping("/policy/drafts")
    String create(@RequestParam(defaultValue = "") String note, Principal who, Model model) {
        try {
            return "redirect:/policy/drafts/" + drafts.create(FormField.body(Map.of("note", note)), who.getName());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormField.errors(e, FormField.DRAFT, "draft-note-input"));
            model.addAttribute("draftNote", note);
            return show(model);
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
            return "policy/refused";
        }
    }
}
