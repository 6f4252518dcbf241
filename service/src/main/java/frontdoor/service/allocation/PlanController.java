package frontdoor.service.allocation;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
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
@Tag(name = "Plans", description = "The manager's daily allocation plan: solve, watch, stop, change, analyse")
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanController {
    private final AllocationService service;
    private final PlanStore store;

    PlanController(AllocationService service, PlanStore store) {
        this.service = service;
        this.store = store;
    }

    /** 202: solving has started; the first plan is already there. */
    @Operation(summary = "Start solving today's allocation plan; the first plan is already in the answer")
    @ApiResponse(responseCode = "202", description = "Solving has started; Location names the plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @Refuses({Refusal.CONFLICT, Refusal.TOO_MANY})
    @PostMapping
    ResponseEntity<PlanView> start(Principal who) {
        PlanView plan = service.start(who.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    /** The latest plans, newest first (status only). */
    @Operation(summary = "The latest plans, newest first")
    @GetMapping
    List<PlanView> latest() {
        return store.latest(20).stream().map(PlanView::of).toList();
    }

    @Operation(operationId = "plan", summary = "A plan: its status and the best plan so far, with its reasons")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/{id}")
    PlanView one(@PathVariable String id) {
        return service.view(id);
    }

    @Operation(summary = "Stop solving a plan; the best plan so far stands")
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT})
    @DeleteMapping("/{id}")
    PlanView stop(@PathVariable String id, Principal who) {
        return service.stop(id, who.getName());
    }

    /** 202: the change is applied and the re-plan's first plan is there; solving goes on. */
    @Operation(summary = "Change a standing plan (a referral arrived, a worker left, a task pinned or unpinned, re-plan)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanChange.class)))
    @ApiResponse(responseCode = "202", description = "The change is applied and the re-plan's first plan is there; solving goes on",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @Refuses({Refusal.NOT_FOUND, Refusal.CONFLICT, Refusal.TOO_MANY})
    @PostMapping("/{id}/changes")
    ResponseEntity<PlanView> change(@PathVariable String id, @RequestBody(required = false) String body, Principal who) {
        return ResponseEntity.accepted().body(service.change(id, PlanChange.read(body), who.getName()));
    }

    @Operation(summary = "Why a plan scores what it does: each constraint's matches and their justifications")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/{id}/analysis")
    PlanAnalysis analysis(@PathVariable String id) {
        return service.analysis(id);
    }
}
