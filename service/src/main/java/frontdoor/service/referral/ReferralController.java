package frontdoor.service.referral;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import frontdoor.rules.RagRating;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Referrals", description = "Referrals in, each with its recommendation and reasons; the screening queue; a referral as screening sees it")
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralController {
    static final int MAX_PAGE_SIZE = 100;
    private final ReferralService service;

    ReferralController(ReferralService service) {
        this.service = service;
    }

    /** 201 with the recommendation; 200 with the stored one when the same referral is sent again. */
    @Operation(summary = "Send a referral; get its recommendation with the reasons")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = frontdoor.rules.Referral.class)))
    @ApiResponse(responseCode = "201", description = "Received and evaluated: the recommendation with its reasons",
            content = @Content(schema = @Schema(implementation = Submission.class)))
    @ApiResponse(responseCode = "200", description = "The same referral had been received before: the stored recommendation; nothing new stored",
            content = @Content(schema = @Schema(implementation = Submission.class)))
    @Refuses(Refusal.CONFLICT)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submission> submit(@RequestBody(required = false) String body, Principal who) {
        Submission s = service.submit(body, who.getName());
        return s.created()
                ? ResponseEntity.created(URI.create("/api/v1/referrals/" + s.referralId())).body(s)
                : ResponseEntity.ok(s);
    }

    @Operation(summary = "A referral as screening sees it: the referral, its recommendation, the decision and amendments")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/{referralId}")
    ReferralView view(@PathVariable String referralId, Principal who) {
        return service.view(referralId, who.getName());
    }

    /** The screening queue, earliest due first. */
    @Operation(summary = "The screening queue, earliest due first, optionally of one status and RAG")
    @Refuses(Refusal.BAD_INPUT)
    @GetMapping
    ReferralQueue.Page queue(@RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) RagRating rag,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<Problem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new Problem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new Problem("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return service.queue(status, rag, page, size);
    }
}
