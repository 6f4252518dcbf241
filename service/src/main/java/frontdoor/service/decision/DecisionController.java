package frontdoor.service.decision;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.service.web.RequestBodies;
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

@Tag(name = "Decisions", description = "The screening decision on a referral, and a manager's amendments")
@RestController
@RequestMapping(path = "/api/v1/referrals/{referralId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {
    private final DecisionService service;

    DecisionController(DecisionService service) {
        this.service = service;
    }

    /** The decision: once per referral; a rationale where it differs from the recommendation. */
    @Operation(summary = "Record the screening decision (once per referral)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.Decision.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision decide(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return service.decide(referralId, body, who.getName(), false);
    }

    /** A manager's amendment of the decision, with a reason; the decision before it is kept. */
    @Operation(summary = "Amend the decision (a manager, with a reason); the decision before it is kept")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.Amendment.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView.Decision amend(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return service.decide(referralId, body, who.getName(), true);
    }
}
