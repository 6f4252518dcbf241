package frontdoor.service.decision;

import frontdoor.rules.Agency;
import frontdoor.service.security.StaffDirectory;
import frontdoor.service.web.ApiException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may record a screening decision: a social-care worker (role WORKER, agency SOCIAL_CARE), not an
 * agency's checker, a practice lead or a manager. A manager signs the decision off and may amend it.
 */
@Component
class WhoDecides {
    private final StaffDirectory staff;

    WhoDecides(StaffDirectory staff) {
        this.staff = staff;
    }

    /** Why this person may not record the decision; empty when they may. */
    Optional<String> whyNot(Authentication who) {
        boolean worker = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_WORKER"));
        Optional<Agency> agency = staff.agency(who.getName());
        if (worker && agency.equals(Optional.of(Agency.SOCIAL_CARE))) {
            return Optional.empty();
        }
        return Optional.of("The screening decision is a social-care worker's (a worker whose agency is SOCIAL_CARE); "
                + who.getName() + (worker ? " works for " + agency.map(Agency::name).orElse("no agency") : " is not a worker")
                + ". A manager signs the decision off and may amend it.");
    }

    /** Refuses (403) anyone who may not record the decision, before anything is read or stored. */
    void check(Authentication who) {
        whyNot(who).ifPresent(reason -> {
            throw ApiException.of(HttpStatus.FORBIDDEN, "Not yours to decide", reason);
        });
    }
}
