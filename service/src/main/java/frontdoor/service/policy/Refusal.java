package frontdoor.service.policy;

import frontdoor.rules.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.ErrorResponseException;

/**
 * Why a page's request was refused, as the API would have answered it: the title, the detail and each
 * problem in words (a check's finding, or a field and its rule), for the page's error summary.
 */
record Refusal(String title, String detail, List<String> problems) {

    static Refusal of(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return new Refusal("Bad input", "the form has problems",
                    invalid.problems().stream().map(p -> p.path() + ": " + p.reason()).toList());
        }
        if (e instanceof ErrorResponseException refused) {
            List<String> problems = new ArrayList<>();
            var properties = refused.getBody().getProperties();
            if (properties != null && properties.get("problems") instanceof List<?> list) {
                for (Object p : list) {
                    problems.add(p instanceof CheckReport.Finding f
                            ? f.check() + ": " + String.join(" ", f.file(), f.where()).strip() + " " + f.problem() : String.valueOf(p));
                }
            }
            return new Refusal(refused.getBody().getTitle(), refused.getBody().getDetail(), problems);
        }
        throw e;
    }
}
