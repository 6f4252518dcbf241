package frontdoor.service.allocation;

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
@RestController
@RequestMapping("/api/v1/roster")
class RosterController {
    private final Roster roster;

    RosterController(Roster roster) {
        this.roster = roster;
    }

    @GetMapping
    List<Staff> all() {
        return roster.all();
    }

    @GetMapping("/{staffId}")
    Staff one(@PathVariable String staffId) {
        return roster.find(staffId).orElseThrow(() -> ApiException.notFound("no staff member " + staffId + " on the roster"));
    }

    /** 201 for a new staff member, 200 for a replaced one; 400 naming every problem. */
    @PutMapping(value = "/{staffId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Staff> put(@PathVariable String staffId, @RequestBody(required = false) String body, Principal who) {
        Staff staff = StaffForm.read(staffId, body);
        return roster.put(staff, who.getName()) ? ResponseEntity.status(201).body(staff) : ResponseEntity.ok(staff);
    }

    @DeleteMapping("/{staffId}")
    ResponseEntity<Void> delete(@PathVariable String staffId, Principal who) {
        if (!roster.delete(staffId, who.getName())) {
            throw ApiException.notFound("no staff member " + staffId + " on the roster");
        }
        return ResponseEntity.noContent().build();
    }
}
