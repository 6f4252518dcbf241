package frontdoor.service.decision;

import frontdoor.service.referral.ReferralView;
import org.springframework.security.core.Authentication;
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
    private final SignOffs signOffs;

    DecisionController(DecisionService service, SignOffs signOffs) {
        this.service = service;
        this.signOffs = signOffs;
    }

    /** The decision: once per referral, a social-care worker's, always with a rationale. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision decide(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return service.decide(referralId, body, who, false);
    }

    /** A manager's amendment of the decision, with a reason; the decision before it is kept. */
    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision amend(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return service.decide(referralId, body, who, true);
    }

    /** A manager's sign-off of the decision in force, once; {@code {"comment"}} optional. */
    @PostMapping("/sign-off")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.SignOff signOff(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return signOffs.signOff(referralId, body, who.getName());
    }
}
