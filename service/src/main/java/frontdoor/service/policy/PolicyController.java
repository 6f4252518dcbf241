package frontdoor.service.policy;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.service.web.AnswerBodies;
import frontdoor.service.web.RequestBodies;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The practice lead's policy API (docs/policy.md): versions, drafts and their files, checks, approval, publish, rollback. */
@Tag(name = "Policy", description = "The practice lead's policy versions: drafts, files, checks, approval, publishing, rollback")
@RestController
@RequestMapping(path = "/api/v1/policy", produces = MediaType.APPLICATION_JSON_VALUE)
class PolicyController {
    private final Drafts drafts;
    private final Publishing publishing;
    private final Impacts impacts;
    private final DraftChanges changes;
    private final ShadowRuns shadows;

    PolicyController(Drafts drafts, Publishing publishing, Impacts impacts, DraftChanges changes, ShadowRuns shadows) {
        this.shadows = shadows;
        this.drafts = drafts;
        this.publishing = publishing;
        this.impacts = impacts;
        this.changes = changes;
    }

    @Operation(summary = "The policy's versions, the one in force, and the drafts")
    @GetMapping
    PolicyOverview overview() {
        return drafts.overview();
    }

    @Operation(summary = "Make a new draft from the version in force or the one named")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.PolicyDraft.class)))
    @ApiResponse(responseCode = "201", description = "The new draft's id", content = @Content(schema = @Schema(implementation = AnswerBodies.Draft.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PostMapping("/drafts")
    ResponseEntity<Map<String, String>> create(@RequestBody String body, Principal who) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("draftId", drafts.create(body, who.getName())));
    }

    @Operation(summary = "A draft's file, as text")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping(path = {"/drafts/{draftId}/files/{name}", "/drafts/{draftId}/files/cases/{name}"}, produces = MediaType.TEXT_PLAIN_VALUE)
    String file(@PathVariable String draftId, @PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        return drafts.file(draftId, fileName(request, name));
    }

    @Operation(summary = "Save a draft's file (a model, the rules, a catalogue or a case), as text")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Saved: the draft's new revision", content = @Content(schema = @Schema(implementation = AnswerBodies.Saved.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @PutMapping(path = {"/drafts/{draftId}/files/{name}", "/drafts/{draftId}/files/cases/{name}"})
    Map<String, Object> save(@PathVariable String draftId, @PathVariable String name, @RequestBody String text, Principal who,
                             jakarta.servlet.http.HttpServletRequest request) {
        String file = fileName(request, name);
        return Map.of("draftId", draftId, "file", file, "revision", drafts.save(draftId, file, text, who.getName()));
    }

    @Operation(summary = "A published version's file, as text")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping(path = {"/versions/{versionId}/files/{name}", "/versions/{versionId}/files/cases/{name}"}, produces = MediaType.TEXT_PLAIN_VALUE)
    String versionFile(@PathVariable String versionId, @PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        return drafts.versionFile(versionId, fileName(request, name));
    }

    @Operation(summary = "Check a draft: it compiles, the safety invariants hold, every case passes, and what it changes")
    @Refuses(Refusal.NOT_FOUND)
    @PostMapping("/drafts/{draftId}/checks")
    CheckReport check(@PathVariable String draftId, Principal who) {
        return publishing.check(draftId, who.getName());
    }

    /** The draft's changes against the version it is based on: tables row by row, rules by name, values old and new. */
    @Operation(summary = "A draft's changes against the version it is based on: rows, rules and values, old and new")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/drafts/{draftId}/changes")
    PolicyChanges changes(@PathVariable String draftId) {
        return changes.of(draftId);
    }

    /** What the draft would have done to the referrals received in the period: {@code {"from"?, "to"?}}, default the last 90 days. */
    @Operation(summary = "What a draft would have done to the referrals received in a period (the last 90 days unless given)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestBodies.ImpactPeriod.class)))
    @Refuses(Refusal.NOT_FOUND)
    @PostMapping("/drafts/{draftId}/impact")
    ImpactReport impact(@PathVariable String draftId, @RequestBody(required = false) String body, Principal who) {
        return impacts.report(draftId, body, who.getName());
    }

    /** Runs the draft in shadow on every new referral, once it passes its checks. */
    @Operation(summary = "Run a draft in shadow on every new referral, once it passes its checks")
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.UNPROCESSABLE})
    @PostMapping("/drafts/{draftId}/shadow")
    ShadowReport startShadow(@PathVariable String draftId, Principal who) {
        return shadows.start(draftId, who.getName());
    }

    /** The shadow run's live comparison with the version in force. */
    @Operation(summary = "A shadow run's live comparison with the version in force")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/drafts/{draftId}/shadow")
    ShadowReport shadow(@PathVariable String draftId) {
        return shadows.report(draftId);
    }

    @Operation(summary = "Stop a draft's shadow run; its comparison so far stays")
    @Refuses(Refusal.NOT_FOUND)
    @DeleteMapping("/drafts/{draftId}/shadow")
    ShadowReport stopShadow(@PathVariable String draftId) {
        return shadows.stop(draftId);
    }

    @Operation(summary = "Approve a checked draft (a second practice lead, naming the sign-off)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.PolicyApproval.class)))
    @ApiResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = AnswerBodies.Approved.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.UNPROCESSABLE, Refusal.OWN_DRAFT})
    @PostMapping("/drafts/{draftId}/approve")
    Map<String, String> approve(@PathVariable String draftId, @RequestBody String body, Principal who) {
        publishing.approve(draftId, body, who.getName());
        return Map.of("draftId", draftId, "state", PolicyDraft.State.APPROVED.name());
    }

    @Operation(summary = "Publish an approved draft: it becomes a version and is put in force")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.PolicyPublication.class)))
    @ApiResponse(responseCode = "200", description = "Published and in force", content = @Content(schema = @Schema(implementation = AnswerBodies.Published.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.UNPROCESSABLE})
    @PostMapping("/drafts/{draftId}/publish")
    Map<String, String> publish(@PathVariable String draftId, @RequestBody String body, Principal who) {
        return Map.of("versionId", publishing.publish(draftId, body, who.getName()));
    }

    @Operation(summary = "Put an earlier version back in force (roll back)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = RequestBodies.PolicyPublication.class)))
    @ApiResponse(responseCode = "200", description = "In force again", content = @Content(schema = @Schema(implementation = AnswerBodies.Published.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.UNPROCESSABLE})
    @PostMapping("/versions/{versionId}/publish")
    Map<String, String> republish(@PathVariable String versionId, @RequestBody String body, Principal who) {
        return Map.of("versionId", publishing.republish(versionId, body, who.getName()));
    }

    /** A case file is addressed as {@code files/cases/<id>.json}; every other file by its name. */
    private static String fileName(jakarta.servlet.http.HttpServletRequest request, String name) {
        return request.getRequestURI().contains("/files/cases/") ? PolicyFiles.CASES + name : name;
    }
}
