package frontdoor.service.policy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The policy in force, read-only ({@code /policy}): what is in force, since when and who agreed it, then the
 * tables, escalations, catalogue, timescales, recipes and weights as the compiled version holds them.
 * Drafting, approving and publishing are the policy API's (docs/policy.md); this page changes nothing.
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
        PolicyInForce policy = holder.current();
        model.addAttribute("overview", drafts.overview());
        model.addAttribute("policy", PolicyContents.of(policy));
        model.addAttribute("zone", policy.zone());
        return "policy/show";
    }
}
