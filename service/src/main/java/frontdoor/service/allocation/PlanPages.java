package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import frontdoor.service.web.Words;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's plan page: today's plan as a timeline, what will be late or is left and why, the score by
 * constraint, and the forms that start, stop and change it. Every action goes through {@link AllocationService}
 * and every change through {@link PlanChange#read}, as the API's do; refusals come back in the error summary.
 */
@Controller
@RequestMapping("/plans")
class PlanPages {
    private final AllocationService service;
    private final PlanStore store;
    private final PolicyHolder policy;
    private final SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores;
    private final ZoneId zone;
    private final Words words;

    PlanPages(AllocationService service, PlanStore store, PolicyHolder policy, SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores,
              AllocationProperties properties, Words words) {
        this.service = service;
        this.store = store;
        this.policy = policy;
        this.scores = scores;
        this.zone = properties.timezone();
        this.words = words;
    }

    /** A task as the change forms offer it. */
    record Choice(String value, String label) {
    }

    @GetMapping
    String latest(@RequestParam(required = false) String task, Model model) {
        return service.latest().map(view -> show(model, view.id(), chosen(task), new FormErrors())).orElseGet(() -> empty(model, new FormErrors()));
    }

    @GetMapping("/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String task, Model model) {
        return show(model, id, chosen(task), new FormErrors());
    }

    /** The part of the page that updates in place while the plan solves. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("view", service.view(id));
        return "plans/progress :: progress";
    }

    @PostMapping
    String start(Principal who, Model model) {
        try {
            return "redirect:/plans/" + service.start(who.getName()).id();
        } catch (ApiException e) {
            FormErrors errors = refusal("start", e);
            return service.latest().map(view -> show(model, view.id(), new PlanChangeChoice(), errors)).orElseGet(() -> empty(model, errors));
        }
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable String id, Principal who) {
        service.stop(id, who.getName());
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/changes")
    String change(@PathVariable String id, @ModelAttribute("change") PlanChangeChoice change, Principal who, Model model) {
        try {
            PlanChange read = PlanChange.read(change.toJson(LocalDate.ofInstant(Instant.now(), zone), zone));
            service.change(id, read, who.getName());
            return "redirect:/plans/" + id;
        } catch (InvalidInputException e) {
            return show(model, id, change, change.errors(e.problems()));
        } catch (ApiException e) {
            if (e.getStatusCode().value() == 404) {
                throw e;
            }
            return show(model, id, change, refusal(change.form(), e));
        }
    }

    /** One read of the plan: the page and its analysis show the same version of it. */
    private String show(Model model, String id, PlanChangeChoice change, FormErrors errors) {
        PlanStore.Stored stored = store.find(id).orElseThrow(() -> ApiException.notFound("no plan " + id));
        PlanView view = PlanView.of(stored);
        model.addAttribute("view", view);
        model.addAttribute("change", change);
        model.addAttribute("errors", errors);
        model.addAttribute("timeline", Timeline.of(view.input(), view.plan(), zone, words));
        model.addAttribute("analysis", PlanAnalysis.of(stored, policy.current().planner(), scores));
        Map<String, Plan.Assignment> placed = new HashMap<>();
        view.plan().assignments().forEach(a -> placed.put(a.taskId(), a));
        model.addAttribute("tasks", view.input().tasks().stream().sorted(Comparator.comparing(t -> t.id()))
                .map(t -> new Choice(t.id(), t.id() + ": " + words.of(t.kind()).toLowerCase(Locale.UK) + " of " + t.referralId()
                        + (placed.containsKey(t.id()) ? " (" + placed.get(t.id()).staffId() + ", " + TimeOfDay.words(placed.get(t.id()).start(), zone) + ")"
                        : " (not placed)") + (t.pinned() != null ? ", pinned" : ""))).toList());
        model.addAttribute("pinned", view.input().tasks().stream().filter(t -> t.pinned() != null).map(t -> t.id()).sorted().toList());
        model.addAttribute("staff", view.input().staff().stream().map(s -> s.id()).toList());
        model.addAttribute("kinds", kinds(view));
        return "plans/show";
    }

    private String empty(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        return "plans/none";
    }

    /** Each task's kind, for the unassigned table. */
    private static Map<String, String> kinds(PlanView view) {
        Map<String, String> kinds = new HashMap<>();
        view.input().tasks().forEach(t -> kinds.put(t.id(), t.kind().name()));
        return kinds;
    }

    private static PlanChangeChoice chosen(String task) {
        PlanChangeChoice change = new PlanChangeChoice();
        change.setTaskId(task);
        return change;
    }

    /** A refusal of the whole request (nobody works, too many plans solving) beside the button that sent it. */
    private static FormErrors refusal(String field, ApiException e) {
        FormErrors errors = new FormErrors();
        String detail = e.getBody().getDetail() == null ? null : e.getBody().getDetail().replace(" (DELETE)", "");
        errors.add(field, detail == null ? "The plan could not be changed" : Character.toUpperCase(detail.charAt(0)) + detail.substring(1));
        return errors;
    }
}
