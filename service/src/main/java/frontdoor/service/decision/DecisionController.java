package frontdoor.service.decision;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.service.web.RequestBodies;
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

@Tag(name = "Decisions", description = "The screening decision on a referral, a manager's amendments and sign-off")
@RestController
@RequestMapping(path = "/api/v1/referrals/{referralId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {
    private final DecisionService service;
    private final SignOffs signOffs;

    DecisionController(DecisionService service, SignOffs signOffs) {
        this.service = service;
        this.signOffs = signOffs;
    }

    /** The decision: once per referral, a social-care worker's, always with a rationale. */
    @Operation(summary = "Record the screening decision (once per referral)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.Decision.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision decide(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return service.decide(referralId, body, who, false);
    }

    /** A manager's amendment of the decision, with a reason; the decision before it is kept. */
    @Operation(summary = "Amend the decision (a manager, with a reason); the decision before it is kept")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.Amendment.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision amend(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return service.decide(referralId, body, who, true);
    }

    /** A manager's sign-off of the decision in force, once; {@code {"comment"}} optional. */
    @Operation(summary = "Sign off the decision in force (a manager who did not make it), once")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestBodies.SignOff.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.OWN_DECISION})
    @PostMapping("/sign-off")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.SignOff signOff(@PathVariable String referralId, @RequestBody(required = false) String body, Authentication who) {
        return signOffs.signOff(referralId, body, who.getName());
    }
}
