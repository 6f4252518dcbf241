package frontdoor.service.allocation;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manager's daily allocation plan: start solving (202 with the plan's id), watch it, stop it, change
 * it while it stands, and read why it scores what it does.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {
    private final AllocationService service;
    private final PlanStore store;

    PlanController(AllocationService service, PlanStore store) {
        this.service = service;
        this.store = store;
    }

    /** 202: solving has started; the first plan is already there. */
    @PostMapping
    ResponseEntity<PlanView> start(Principal who) {
        PlanView plan = service.start(who.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    /** The latest plans, newest first (status only). */
    @GetMapping
    List<PlanView> latest() {
        return store.latest(20).stream().map(PlanView::of).toList();
    }

    @GetMapping("/{id}")
    PlanView one(@PathVariable String id) {
        return service.view(id);
    }

    @DeleteMapping("/{id}")
    PlanView stop(@PathVariable String id, Principal who) {
        return service.stop(id, who.getName());
    }

    /** 202: the change is applied and the re-plan's first plan is there; solving goes on. */
    @PostMapping("/{id}/changes")
    ResponseEntity<PlanView> change(@PathVariable String id, @RequestBody(required = false) String body, Principal who) {
        return ResponseEntity.accepted().body(service.change(id, PlanChange.read(body), who.getName()));
    }

    @GetMapping("/{id}/analysis")
    PlanAnalysis analysis(@PathVariable String id) {
        return service.analysis(id);
    }
}
