package frontdoor.service.policy;

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
@RestController
@RequestMapping("/api/v1/policy")
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

    @GetMapping
    PolicyOverview overview() {
        return drafts.overview();
    }

    @PostMapping("/drafts")
    ResponseEntity<Map<String, String>> create(@RequestBody String body, Principal who) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("draftId", drafts.create(body, who.getName())));
    }

    @GetMapping(path = {"/drafts/{draftId}/files/{name}", "/drafts/{draftId}/files/cases/{name}"}, produces = MediaType.TEXT_PLAIN_VALUE)
    String file(@PathVariable String draftId, @PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        return drafts.file(draftId, fileName(request, name));
    }

    @PutMapping(path = {"/drafts/{draftId}/files/{name}", "/drafts/{draftId}/files/cases/{name}"})
    Map<String, Object> save(@PathVariable String draftId, @PathVariable String name, @RequestBody String text, Principal who,
                             jakarta.servlet.http.HttpServletRequest request) {
        String file = fileName(request, name);
        return Map.of("draftId", draftId, "file", file, "revision", drafts.save(draftId, file, text, who.getName()));
    }

    @GetMapping(path = {"/versions/{versionId}/files/{name}", "/versions/{versionId}/files/cases/{name}"}, produces = MediaType.TEXT_PLAIN_VALUE)
    String versionFile(@PathVariable String versionId, @PathVariable String name, jakarta.servlet.http.HttpServletRequest request) {
        return drafts.versionFile(versionId, fileName(request, name));
    }

    @PostMapping("/drafts/{draftId}/checks")
    CheckReport check(@PathVariable String draftId, Principal who) {
        return publishing.check(draftId, who.getName());
    }

    /** The draft's changes against the version it is based on: tables row by row, rules by name, values old and new. */
    @GetMapping("/drafts/{draftId}/changes")
    PolicyChanges changes(@PathVariable String draftId) {
        return changes.of(draftId);
    }

    /** What the draft would have done to the referrals received in the period: {@code {"from"?, "to"?}}, default the last 90 days. */
    @PostMapping("/drafts/{draftId}/impact")
    ImpactReport impact(@PathVariable String draftId, @RequestBody(required = false) String body) {
        return impacts.report(draftId, body);
    }

    /** Runs the draft in shadow on every new referral, once it passes its checks. */
    @PostMapping("/drafts/{draftId}/shadow")
    ShadowReport startShadow(@PathVariable String draftId, Principal who) {
        return shadows.start(draftId, who.getName());
    }

    /** The shadow run's live comparison with the version in force. */
    @GetMapping("/drafts/{draftId}/shadow")
    ShadowReport shadow(@PathVariable String draftId) {
        return shadows.report(draftId);
    }

    @DeleteMapping("/drafts/{draftId}/shadow")
    ShadowReport stopShadow(@PathVariable String draftId) {
        return shadows.stop(draftId);
    }

    @PostMapping("/drafts/{draftId}/approve")
    Map<String, String> approve(@PathVariable String draftId, @RequestBody String body, Principal who) {
        publishing.approve(draftId, body, who.getName());
        return Map.of("draftId", draftId, "state", PolicyDraft.State.APPROVED.name());
    }

    @PostMapping("/drafts/{draftId}/publish")
    Map<String, String> publish(@PathVariable String draftId, @RequestBody String body, Principal who) {
        return Map.of("versionId", publishing.publish(draftId, body, who.getName()));
    }

    @PostMapping("/versions/{versionId}/publish")
    Map<String, String> republish(@PathVariable String versionId, @RequestBody String body, Principal who) {
        return Map.of("versionId", publishing.republish(versionId, body, who.getName()));
    }

    /** A case file is addressed as {@code files/cases/<id>.json}; every other file by its name. */
    private static String fileName(jakarta.servlet.http.HttpServletRequest request, String name) {
        return request.getRequestURI().contains("/files/cases/") ? PolicyFiles.CASES + name : name;
    }
}
