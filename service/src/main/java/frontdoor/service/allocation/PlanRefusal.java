package frontdoor.service.allocation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A plan request refused as an RFC 9457 problem: 429 when enough plans are solving, 409 when nobody works. */
class PlanRefusal extends ErrorResponseException {

    private PlanRefusal(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static PlanRefusal busy(int solving) {
        return new PlanRefusal(HttpStatus.TOO_MANY_REQUESTS, "Too many plans solving",
                solving + " plan(s) are solving, the most this service runs at once; stop one (DELETE) or wait for it to finish");
    }

    static PlanRefusal nobodyWorks() {
        return new PlanRefusal(HttpStatus.CONFLICT, "Nobody works", "no one on the roster works for the rest of today: add staff or windows first");
    }
}
