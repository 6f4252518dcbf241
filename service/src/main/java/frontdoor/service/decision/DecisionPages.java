package frontdoor.service.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.RagRating;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.RecommendationPage;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A referral's page: the recommendation and its reasons ({@link RecommendationPage}), and under it the
 * decision form, which goes through {@link DecisionService} exactly as the API's decision does (offered only to
 * a social-care worker, {@link WhoDecides}), and once decided a manager's sign-off ({@link SignOffs}).
 */
@Controller
@RequestMapping("/referrals/{referralId}")
class DecisionPages {
    private final RecommendationPage page;
    private final DecisionService decisions;
    private final WhoDecides whoDecides;
    private final SignOffs signOffs;
    private final PolicyHolder policy;

    DecisionPages(RecommendationPage page, DecisionService decisions, WhoDecides whoDecides, SignOffs signOffs, PolicyHolder policy) {
        this.page = page;
        this.decisions = decisions;
        this.whoDecides = whoDecides;
        this.signOffs = signOffs;
        this.policy = policy;
    }

    @GetMapping
    String show(@PathVariable String referralId, Authentication who, Model model) {
        return show(model, referralId, who, new DecisionChoice(), new FormErrors());
    }

    @PostMapping("/decision")
    String decide(@PathVariable String referralId, @ModelAttribute("choice") DecisionChoice choice, Authentication who, Model model) {
        try {
            decisions.decide(referralId, choice.toJson(), who, false);
            return "redirect:/referrals/" + UriUtils.encodePathSegment(referralId, "UTF-8") + "#decision";
        } catch (InvalidInputException e) {
            return show(model, referralId, who, choice, DecisionChoice.errors(e.problems()));
        } catch (ApiException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("decision", "This referral already has a decision: a manager may amend it");
            return show(model, referralId, who, choice, errors);
        }
    }

    /** A manager's sign-off from the referral page, through the same service as the API's. */
    @PostMapping("/decision/sign-off")
    String signOff(@PathVariable String referralId, @RequestParam(required = false) String comment, Authentication who, Model model) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment);
        }
        model.addAttribute("comment", comment); // kept when the sign-off is refused
        try {
            signOffs.signOff(referralId, body.toString(), who.getName());
            return "redirect:/referrals/" + UriUtils.encodePathSegment(referralId, "UTF-8") + "#sign-off";
        } catch (InvalidInputException e) {
            FormErrors errors = new FormErrors();
            errors.add("comment", "Your comment must be 4,000 characters or fewer");
            return show(model, referralId, who, new DecisionChoice(), errors);
        } catch (ApiException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("comment", e.getBody().getDetail());
            return show(model, referralId, who, new DecisionChoice(), errors);
        }
    }

    private String show(Model model, String referralId, Authentication who, DecisionChoice choice, FormErrors errors) {
        ReferralView view = page.fill(model, referralId, who.getName());
        model.addAttribute("choice", choice);
        model.addAttribute("errors", errors);
        model.addAttribute("decided", view.decision() != null);
        model.addAttribute("zone", policy.current().zone());
        model.addAttribute("notYoursToDecide", whoDecides.whyNot(who).orElse(null));
        model.addAttribute("mayDecide", view.decision() == null && whoDecides.whyNot(who).isEmpty());
        model.addAttribute("maySignOff", view.decision() != null && view.signOff() == null
                && !view.decision().decidedBy().equals(who.getName())
                && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")));
        model.addAttribute("levels", List.of(1, 2, 3, 4));
        model.addAttribute("rags", RagRating.values());
        model.addAttribute("pathways", new TreeSet<>(DecisionForm.PATHWAYS));
        model.addAttribute("actions", new TreeSet<>(DecisionForm.ACTIONS));
        return "referrals/show";
    }
}
