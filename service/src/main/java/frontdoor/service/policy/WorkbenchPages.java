package frontdoor.service.policy;

import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice lead's workbench pages ({@code /policy/drafts/...}, {@code /policy/versions/...}): a draft
 * with its files, changes and check report, a file edited as text, the impact report, the shadow run, and
 * approve, publish and roll back. Each renders what the policy API's service methods return; a refusal is
 * shown on the page with every problem the API would name.
 */
@Controller
@RequestMapping("/policy")
class WorkbenchPages {
    private final Drafts drafts;
    private final DraftStore draftStore;
    private final DraftChanges changes;
    private final Publishing publishing;
    private final Impacts impacts;
    private final ShadowRuns shadows;
    private final PolicyHolder holder;
    private final ScenarioCorpus corpus;

    WorkbenchPages(Drafts drafts, DraftStore draftStore, DraftChanges changes, Publishing publishing, Impacts impacts,
                   ShadowRuns shadows, PolicyHolder holder, ScenarioCorpus corpus) {
        this.corpus = corpus;
        this.drafts = drafts;
        this.draftStore = draftStore;
        this.changes = changes;
        this.publishing = publishing;
        this.impacts = impacts;
        this.shadows = shadows;
        this.holder = holder;
    }

    @GetMapping("/drafts/{draftId}")
    String draft(@PathVariable String draftId, Model model) {
        PolicyDraft d = drafts.draft(draftId, false);
        model.addAttribute("draft", d);
        model.addAttribute("authors", drafts.authors(draftId));
        model.addAttribute("files", draftStore.files(draftId).keySet());
        model.addAttribute("changes", changes.of(draftId));
        model.addAttribute("zone", holder.current().zone());
        model.addAttribute("inForce", holder.current().versionId());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "policy/draft";
    }

    @PostMapping("/drafts/{draftId}/checks")
    String check(@PathVariable String draftId, Principal who, Model model) {
        model.addAttribute("report", publishing.check(draftId, who.getName()));
        return draft(draftId, model);
    }

    /**
     * A file of the draft to edit. A scenario case the draft does not have yet ({@code caseId}, or a
     * {@code cases/<id>.json} name) starts from the shipped case of that id, or from an empty case: saving it
     * makes it the draft's (docs/policy.md).
     */
    @GetMapping("/drafts/{draftId}/file")
    String file(@PathVariable String draftId, @RequestParam(required = false) String name,
                @RequestParam(required = false) String caseId, Model model) {
        String file = caseId != null ? PolicyFiles.CASES + caseId.strip() + ".json" : name;
        if (file == null || !PolicyFiles.allowed(file)) {
            throw ApiException.notFound("a draft has no file " + file + "; a scenario case's id is 1 to 64 letters, digits, - or _");
        }
        model.addAttribute("draft", drafts.draft(draftId, false));
        model.addAttribute("name", file);
        boolean isNew = PolicyFiles.isCase(file) && !draftStore.files(draftId).containsKey(file);
        model.addAttribute("text", isNew ? corpus.startingCase(file) : drafts.file(draftId, file));
        model.addAttribute("newCase", isNew);
        return "policy/file";
    }

    /**
     * A decision model of the draft in the standard KIE DMN editor (served from the jar at {@code /editor/});
     * its Save sends the model to {@link #save}, as the text form does: a new revision, checked at once.
     */
    @GetMapping("/drafts/{draftId}/editor")
    String editor(@PathVariable String draftId, @RequestParam String name, Model model) {
        if (!name.endsWith(".dmn")) {
            throw ApiException.notFound("the DMN editor opens the draft's .dmn files only");
        }
        file(draftId, name, null, model);
        return "policy/editor";
    }

    /** Saves the file as the draft's next revision and runs every check on it at once. */
    @PostMapping("/drafts/{draftId}/file")
    String save(@PathVariable String draftId, @RequestParam String name, @RequestParam String text, Principal who, Model model) {
        try {
            drafts.save(draftId, name, text, who.getName());
            model.addAttribute("report", publishing.check(draftId, who.getName()));
            model.addAttribute("saved", name);
            return draft(draftId, model);
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
            model.addAttribute("draft", drafts.draft(draftId, false));
            model.addAttribute("name", name);
            model.addAttribute("text", text);
            return "policy/file";
        }
    }

    @PostMapping("/drafts/{draftId}/approve")
    String approve(@PathVariable String draftId, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "") String reference, Principal who, Model model) {
        model.addAttribute("approveNote", note);
        model.addAttribute("approveReference", reference);
        return act(draftId, model, FormField.APPROVE, "approve-reference",
                () -> publishing.approve(draftId, FormField.body(Map.of("note", note, "reference", reference)), who.getName()));
    }

    @PostMapping("/drafts/{draftId}/publish")
    String publish(@PathVariable String draftId, @RequestParam(defaultValue = "") String note, Principal who, Model model) {
        model.addAttribute("publishNote", note);
        return act(draftId, model, FormField.PUBLISH, "publish-note",
                () -> publishing.publish(draftId, FormField.body(Map.of("note", note)), who.getName()));
    }

    /** Puts an earlier version back in force (a rollback), from the versions list of {@code /policy}. */
    @PostMapping("/versions/{versionId}/publish")
    String rollback(@PathVariable String versionId, @RequestParam(defaultValue = "") String note, Principal who, Model model) {
        try {
            publishing.republish(versionId, FormField.body(Map.of("note", note)), who.getName());
            return "redirect:/policy#versions";
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
            return "policy/refused";
        }
    }

    @GetMapping("/drafts/{draftId}/impact")
    String impact(@PathVariable String draftId, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Principal who, Model model) {
        model.addAttribute("draft", drafts.draft(draftId, false));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            ImpactReport report = impacts.report(draftId, period(from, to), who.getName());
            model.addAttribute("report", report);
            model.addAttribute("figures", ImpactFigures.of(report.impact()));
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
        }
        model.addAttribute("zone", holder.current().zone());
        return "policy/impact";
    }

    @GetMapping("/drafts/{draftId}/shadow")
    String shadow(@PathVariable String draftId, Model model) {
        model.addAttribute("draft", drafts.draft(draftId, false));
        shadows.reports().stream().filter(r -> r.draftId().equals(draftId)).findFirst().ifPresent(r -> {
            model.addAttribute("report", r);
            model.addAttribute("figures", ImpactFigures.of(r.impact()));
        });
        model.addAttribute("zone", holder.current().zone());
        return "policy/shadow";
    }

    @PostMapping("/drafts/{draftId}/shadow")
    String startShadow(@PathVariable String draftId, Principal who, Model model) {
        try {
            shadows.start(draftId, who.getName());
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
        }
        return shadow(draftId, model);
    }

    @PostMapping("/drafts/{draftId}/shadow/stop")
    String stopShadow(@PathVariable String draftId, Model model) {
        shadows.stop(draftId);
        return "redirect:/policy/drafts/" + draftId + "/shadow";
    }

    /** Runs a form's action; refused, the draft's page again: a bad field beside its input, any other refusal at the top. */
    private String act(String draftId, Model model, Map<String, FormField> form, String fallbackId, Runnable action) {
        try {
            action.run();
            return "redirect:/policy/drafts/" + draftId;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormField.errors(e, form, fallbackId));
            return draft(draftId, model);
        } catch (RuntimeException e) {
            model.addAttribute("refusal", Refusal.of(e));
            return draft(draftId, model);
        }
    }

    /** The page's days (in the policy's zone, both included) as the API's period body; empty for the default. */
    private String period(String from, String to) {
        Map<String, String> body = new LinkedHashMap<>();
        var zone = holder.current().zone();
        if (from != null && !from.isBlank()) {
            body.put("from", day(from, "from").atStartOfDay(zone).toInstant().toString());
        }
        if (to != null && !to.isBlank()) {
            body.put("to", day(to, "to").plusDays(1).atStartOfDay(zone).toInstant().toString());
        }
        return body.isEmpty() ? "" : FormField.body(body);
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new frontdoor.rules.InvalidInputException(java.util.List.of(new frontdoor.rules.Problem(field, "must be a day such as 2026-09-01")));
        }
    }
}
