package frontdoor.service.allocation;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.service.web.ApiException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Today's team, kept by the manager: who works, from which agency, with which skills, in which windows. */
@Tag(name = "Roster", description = "Today's team: agencies, skills and working windows")
@RestController
@RequestMapping(path = "/api/v1/roster", produces = MediaType.APPLICATION_JSON_VALUE)
class RosterController {
    private final Roster roster;

    RosterController(Roster roster) {
        this.roster = roster;
    }

    @Operation(summary = "Today's team: each staff member's agency, skills and working windows")
    @GetMapping
    List<Staff> all() {
        return roster.all();
    }

    @Operation(operationId = "staffMember", summary = "One staff member of the roster")
    @Refuses(Refusal.NOT_FOUND)
    @GetMapping("/{staffId}")
    Staff one(@PathVariable String staffId) {
        return roster.find(staffId).orElseThrow(() -> ApiException.notFound("no staff member " + staffId + " on the roster"));
    }

    /** 201 for a new staff member, 200 for a replaced one; 400 naming every problem. */
    @Operation(summary = "Put a staff member on the roster, or replace one")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(implementation = Staff.class)))
    @ApiResponse(responseCode = "201", description = "A new staff member", content = @Content(schema = @Schema(implementation = Staff.class)))
    @ApiResponse(responseCode = "200", description = "A staff member replaced", content = @Content(schema = @Schema(implementation = Staff.class)))
    @PutMapping(value = "/{staffId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Staff> put(@PathVariable String staffId, @RequestBody(required = false) String body, Principal who) {
        Staff staff = StaffForm.read(staffId, body);
        return roster.put(staff, who.getName()) ? ResponseEntity.status(201).body(staff) : ResponseEntity.ok(staff);
    }

    @Operation(summary = "Take a staff member off the roster")
    @ApiResponse(responseCode = "204", description = "Taken off the roster")
    @Refuses(Refusal.NOT_FOUND)
    @DeleteMapping(path = "/{staffId}", produces = MediaType.ALL_VALUE) // no body: any Accept header will do
    ResponseEntity<Void> delete(@PathVariable String staffId, Principal who) {
        if (!roster.delete(staffId, who.getName())) {
            throw ApiException.notFound("no staff member " + staffId + " on the roster");
        }
        return ResponseEntity.noContent().build();
    }
}
