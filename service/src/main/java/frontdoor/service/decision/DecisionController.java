package frontdoor.service.decision;

import frontdoor.service.referral.ReferralView;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/referrals/{referralId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {
    private final DecisionService service;

    DecisionController(DecisionService service) {
        this.service = service;
    }

    /** The decision: once per referral; a rationale where it differs from the recommendation. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision decide(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return service.decide(referralId, body, who.getName(), false);
    }

    /** A manager's amendment of the decision, with a reason; the decision before it is kept. */
    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision amend(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return service.decide(referralId, body, who.getName(), true);
    }
}
