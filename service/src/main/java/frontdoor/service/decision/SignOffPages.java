package frontdoor.service.decision;

import frontdoor.service.policy.PolicyHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's sign-off queue: what {@link SignOffs#awaiting} answers the API, as a table linking each referral. */
@Controller
class SignOffPages {
    private final SignOffs signOffs;
    private final PolicyHolder policy;

    SignOffPages(SignOffs signOffs, PolicyHolder policy) {
        this.signOffs = signOffs;
        this.policy = policy;
    }

    @GetMapping("/sign-offs")
    String awaiting(Model model) {
        model.addAttribute("waiting", signOffs.awaiting());
        model.addAttribute("zone", policy.current().zone());
        return "referrals/sign-offs";
    }
}
