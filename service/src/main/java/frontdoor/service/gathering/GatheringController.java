package frontdoor.service.gathering;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.service.web.RequestBodies;
import frontdoor.rules.WhatWouldChange;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the agencies know of a referral: its checks, their results, information, consent, and its revisions. */
@Tag(name = "Gathering", description = "What the agencies know of a referral: checks, results, information, consent, and the revisions they cause")
@RestController
@RequestMapping(path = "/api/v1/referrals/{referralId}", produces = MediaType.APPLICATION_JSON_VALUE)
class GatheringController {
    private final Gathering gathering;

    GatheringController(Gathering gathering) {
        this.gathering = gathering;
    }

    @Operation(summary = "A referral's checks with the agencies, and their state")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/checks")
    List<Checks.Check> checks(@PathVariable String referralId) {
        return gathering.checks(referralId);
    }

    /** Every evaluation of the referral, oldest first, each with what changed from the one before and why. */
    @Operation(summary = "Every evaluation of a referral, oldest first, with what changed and why")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/revisions")
    List<Revisions.Revision> revisions(@PathVariable String referralId, Principal who) {
        return gathering.revisions(referralId, who.getName());
    }

    /**
     * For each concern and history fact that makes a difference to the latest revision, the outputs
     * without it and the rules that would then apply; computed when asked, on the revision's policy version.
     */
    @Operation(summary = "For each fact that makes a difference, the outputs without it")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/what-would-change")
    List<WhatWouldChange.Entry> whatWouldChange(@PathVariable String referralId, Principal who) {
        return gathering.whatWouldChange(referralId, who.getName());
    }

    /** A check's result: the check is done, the referral evaluated again; 200 with the new revision. */
    @Operation(summary = "Record a check's result; the referral is evaluated again")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.CheckResult.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping(path = "/checks/{checkId}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
    Revisions.Revision result(@PathVariable String referralId, @PathVariable String checkId,
                              @RequestBody(required = false) String body, Principal who) {
        return gathering.result(referralId, checkId, body, who.getName());
    }

    /** Information from any agency, without a check (probation, housing, a school by phone). */
    @Operation(summary = "Record information from any agency, without a check; the referral is evaluated again")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.Information.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping(path = "/information", consumes = MediaType.APPLICATION_JSON_VALUE)
    Revisions.Revision information(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return gathering.information(referralId, body, who.getName());
    }

    /** A change of consent; NOT_REQUIRED with its lawful basis. */
    @Operation(summary = "Record a change of consent; the referral is evaluated again")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.ConsentChange.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping(path = "/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    Revisions.Revision consent(@PathVariable String referralId, @RequestBody(required = false) String body, Principal who) {
        return gathering.consent(referralId, body, who.getName());
    }
}
