package frontdoor.service.decision;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.RagRating;
import frontdoor.service.referral.RecommendationPage;
import frontdoor.service.referral.ReferralView;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import java.security.Principal;
import java.util.List;
import java.util.TreeSet;
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
 * A referral's page: the recommendation and its reasons ({@link RecommendationPage}), and under it the
 * decision form, which goes through {@link DecisionService} exactly as the API's decision does.
 */
@Controller
@RequestMapping("/referrals/{referralId}")
class DecisionPages {
    private final RecommendationPage page;
    private final DecisionService decisions;

    DecisionPages(RecommendationPage page, DecisionService decisions) {
        this.page = page;
        this.decisions = decisions;
    }

    @GetMapping
    String show(@PathVariable String referralId, Principal who, Model model) {
        return show(model, referralId, who, new DecisionChoice(), new FormErrors());
    }

    @PostMapping("/decision")
    String decide(@PathVariable String referralId, @ModelAttribute("choice") DecisionChoice choice, Principal who, Model model) {
        try {
            decisions.decide(referralId, choice.toJson(), who.getName(), false);
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

    private String show(Model model, String referralId, Principal who, DecisionChoice choice, FormErrors errors) {
        ReferralView view = page.fill(model, referralId, who.getName());
        model.addAttribute("choice", choice);
        model.addAttribute("errors", errors);
        model.addAttribute("decided", view.decision() != null);
        model.addAttribute("levels", List.of(1, 2, 3, 4));
        model.addAttribute("rags", RagRating.values());
        model.addAttribute("pathways", new TreeSet<>(DecisionForm.PATHWAYS));
        model.addAttribute("actions", new TreeSet<>(DecisionForm.ACTIONS));
        return "referrals/show";
    }
}
